import { decodeDrawingToken } from '../../overlays/pain/drawingLink'
import type { PainDrawing } from '../../overlays/pain/painDrawing'
import { cameraPose, onCameraRest, reframeCamera, releaseCameraHold, setCameraPose } from '../../scene/cameraBridge'
import { prefersReducedMotion } from '../../scene/reducedMotion'
import type { NodeKind } from '../../anatomy/types'
import { appStore, type AppState } from '../../store/appStore'
import { applyLinkLayers, applyLinkToStore } from '../../store/linkActions'
import {
  encodeLink,
  isDiscreteChange,
  linkDefaults,
  linkOf,
  parseLink,
  withDefaults,
  type LinkState,
} from '../../store/linkState'
import { setSessionNotice } from '../../store/sessionSlice'

/** What the user reads when some parts of a link were ignored. */
export const LINK_NOTICE_PART = 'Part of this link could not be read; the rest is shown.'
/** …when none of it could be used. */
export const LINK_NOTICE_UNREADABLE = 'This link could not be read, so the usual start screen is shown.'
/** …when its drawing does not fit this body model or is damaged. */
export const LINK_NOTICE_DRAWING =
  'The drawing in this link could not be shown: it was made on a different body model, or the link is damaged. The rest is shown.'

const LINK_NOTICES = [LINK_NOTICE_PART, LINK_NOTICE_UNREADABLE, LINK_NOTICE_DRAWING]

/**
 * Changes closer together than this are one step in the browser's history: dragging the posture
 * slider or a burst of clicks gives one entry, not dozens.
 */
export const COALESCE_MS = 400

let linkedDrawing: PainDrawing | null = null

/** The drawing the address code was started with (`currentLink` puts it into a shared link). */
export const addressDrawing = (): PainDrawing | null => linkedDrawing

/** The screen as a link now: the store and the camera's resting pose. */
export const screenLink = (s: AppState = appStore.getState()): LinkState => linkOf(s, cameraPose())

/**
 * Call `fn` once the 3D view has drawn every loaded model (the `anatomy-ready` mark the canvas
 * sets; at once if it has). Returns the cancel.
 */
function whenSceneReady(fn: () => void): () => void {
  if (performance.getEntriesByName('anatomy-ready').length > 0) {
    fn()
    return () => undefined
  }
  if (typeof PerformanceObserver === 'undefined') return () => undefined
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('anatomy-ready').length === 0) return
    observer.disconnect()
    fn()
  })
  observer.observe({ type: 'mark' })
  return () => observer.disconnect()
}

/** The start screen's link. */
const START_HASH = encodeLink(linkDefaults())

/**
 * Make the address follow the screen, and the screen follow the address.
 *
 * - **Opening**: a link in the address at start is applied at once (the pose and the camera as the
 *   link says, no glide); its layers once the model list is read, its drawing once the skin is in.
 * - **While it loads** nothing is written to the address or the history.
 * - **Then** every change is written: a discrete one (preset view, pose, layers, patterns, present
 *   mode, story step, exercise) as a new history entry, changes within {@link COALESCE_MS} of each
 *   other as one; a camera moved by hand only replaces the current entry, once it comes to rest.
 * - **Back and Forward** (and a hash typed by hand) apply the entry's link; applying never pushes an
 *   entry, so there is no loop.
 *
 * Nothing here fetches or navigates: a link only ever sets store values that passed the checks of
 * `parseLink`. Returns the stop function (for React's effect clean-up).
 */
export function startLinkAddress(drawing: PainDrawing): () => void {
  linkedDrawing = drawing
  /** Until the view has drawn every model (or the model list failed), nothing is written. */
  let loading = true
  let applying = false
  let scheduled = false
  /** The address's hash as last written or applied (without `#`). */
  let written = ''
  /** The screen the current history entry shows. */
  let writtenLink: LinkState | null = null
  let lastDiscreteAt = -Infinity
  /** While the models load, the link whose layers apply to each kind they add, and the kinds done. */
  let layerLink: LinkState | null = null
  let layersDone = new Set<string>()
  let pendingDrawing: string | null = null
  let triedDrawing: string | null = null
  let openedLink = false
  let stopped = false

  const hashNow = (): string => window.location.hash.replace(/^#/, '')

  const notice = (text: string): void => {
    // One notice at a time: a drawing problem does not replace the more general one.
    const now = appStore.getState().session.notice
    if (text === LINK_NOTICE_DRAWING && now !== null && now !== LINK_NOTICE_DRAWING) return
    setSessionNotice(text)
  }

  async function loadDrawing(): Promise<void> {
    const token = pendingDrawing
    if (!token || !drawing.values) return
    pendingDrawing = null
    if (token === triedDrawing) return // Back to the same link: the drawing is there already
    triedDrawing = token
    const got = await decodeDrawingToken(token)
    if (stopped) return
    if (!got || !drawing.load(got.values, got.key)) notice(LINK_NOTICE_DRAWING)
  }

  function open(hash: string, moving: boolean): void {
    const parsed = parseLink(hash)
    const link = withDefaults(parsed.link)
    applying = true
    try {
      applyLinkToStore(link, { moving })
      layersDone = new Set(applyLinkLayers(link))
      layerLink = loading ? link : null
      if (link.camera) setCameraPose(link.camera, moving && !prefersReducedMotion())
      else releaseCameraHold()
    } finally {
      applying = false
    }
    if (parsed.unreadable) notice(LINK_NOTICE_UNREADABLE)
    else if (parsed.ignored.length > 0) notice(LINK_NOTICE_PART)
    else if (LINK_NOTICES.includes(appStore.getState().session.notice ?? '')) setSessionNotice(null) // it was about another link
    pendingDrawing = link.drawing
    void loadDrawing()
    written = hash
    // The address shows the screen as this app writes it (what could not be read is gone).
    if (!loading) write(true)
  }

  function write(replaceOnly = false): void {
    scheduled = false
    if (loading || applying || stopped) return
    const s = appStore.getState()
    let link = screenLink(s)
    // Play swings between poses: the address keeps the pose it started from.
    if (s.posture.playing && writtenLink) link = { ...link, pose: writtenLink.pose }
    const hash = encodeLink(link)
    // An address without a link shows the start screen: it stays bare until the screen changes.
    if (hash === written || (written === '' && hash === START_HASH)) {
      writtenLink = link
      return
    }
    let push = !replaceOnly && writtenLink !== null && isDiscreteChange(writtenLink, link)
    if (push) {
      const now = performance.now()
      if (now - lastDiscreteAt < COALESCE_MS) push = false
      lastDiscreteAt = now
    }
    const url = `${window.location.pathname}${window.location.search}#${hash}`
    if (push) window.history.pushState(window.history.state, '', url)
    else window.history.replaceState(window.history.state, '', url)
    written = hash
    writtenLink = link
  }

  const schedule = (): void => {
    if (scheduled) return
    scheduled = true
    queueMicrotask(() => write())
  }

  function loaded(): void {
    loading = false
    layerLink = null
    if (pendingDrawing && !drawing.values) notice(LINK_NOTICE_DRAWING) // no skin to show it on
    if (openedLink) {
      // Frame the link's view for the pose it opened in (the first framing measured the model
      // before the rig had posed it), and show the link as this app writes it.
      reframeCamera()
      write(true)
    } else {
      // Opened without a link: the entry shows the start screen, and the address stays bare.
      writtenLink = linkDefaults()
      written = ''
    }
  }

  const initial = hashNow()
  if (initial !== '') {
    openedLink = true
    open(initial, false)
  }

  const stopStore = appStore.subscribe((s) => {
    const fresh = layerLink ? (Object.keys(s.viewer.layers) as NodeKind[]).filter((k) => !layersDone.has(k)) : []
    if (layerLink && fresh.length > 0) {
      for (const k of fresh) layersDone.add(k)
      applying = true
      try {
        applyLinkLayers(layerLink, fresh)
      } finally {
        applying = false
      }
    }
    // No model list: there is nothing more to wait for.
    if (loading && s.viewer.manifestError !== null) loaded()
    schedule()
  })
  // The scene has drawn every model, posed and framed: the screen is what it will be.
  const stopReady = whenSceneReady(() => loading && loaded())
  const stopRest = onCameraRest(schedule)
  const stopDrawing = drawing.subscribe(() => {
    if (pendingDrawing) void loadDrawing()
  })
  const onNavigate = (): void => {
    const hash = hashNow()
    if (hash !== written) open(hash, true)
  }
  window.addEventListener('popstate', onNavigate)
  window.addEventListener('hashchange', onNavigate)
  return () => {
    stopped = true
    stopReady()
    stopStore()
    stopRest()
    stopDrawing()
    window.removeEventListener('popstate', onNavigate)
    window.removeEventListener('hashchange', onNavigate)
    if (linkedDrawing === drawing) linkedDrawing = null
  }
}
