import { PAIN_MUSCLES } from '../anatomy/painPatterns'
import { ATTACHMENT_TOGGLES } from '../anatomy/selection'
import type { NodeKind } from '../anatomy/types'
import { appStore, updateSlice, type AppState } from './appStore'
import { defaultLayersOf, type LinkState } from './linkState'
import { setPresenting } from './screenSlice'
import { setShownExercise, setStoryStep } from './sessionSlice'
import { leaveView, markView, requestView, setLayerVisible } from './viewerSlice'

/**
 * Put the store into what a link says (a link opened, or Back and Forward). Every field is set,
 * a field the link left out to its default, so going back to a screen undoes what came after it.
 *
 * `moving`: glide the camera and animate the pose (Back and Forward, a hash typed by hand); off on
 * the first load, where the screen opens as the link says. The camera itself (a link's hand-moved
 * camera) and the drawing are not store state: `ui/link/linkAddress.ts` hands those to the scene
 * and to the drawing.
 */
export function applyLinkToStore(link: LinkState, { moving }: { moving: boolean }): void {
  // The camera: a preset view, or none (the link's own camera is set through the camera bridge).
  if (link.camera) leaveView()
  else if (link.view) {
    if (moving) requestView(link.view)
    else markView(link.view)
  }
  applyLinkLayers(link)
  updateSlice('viewer', () => ({
    attachments: Object.fromEntries(
      ATTACHMENT_TOGGLES.map((t) => [t, link.attachments.includes(t)]),
    ) as AppState['viewer']['attachments'],
  }))

  const posture = appStore.getState().posture
  const to = link.pose ?? { target: posture.target, amount: 0 }
  const here = posture.goal === null && posture.target === to.target && posture.amount === to.amount
  if (!here || posture.playing || posture.side !== link.muscleSide)
    updateSlice('posture', () =>
      moving
        ? { goal: here ? null : to, playing: false, side: link.muscleSide }
        : { target: to.target, amount: to.amount, goal: null, playing: false, side: link.muscleSide },
    )

  updateSlice('pain', () => ({
    shown: Object.fromEntries(PAIN_MUSCLES.map((m) => [m, link.patterns.includes(m)])) as AppState['pain']['shown'],
    side: link.painSide,
    triggerPoints: link.triggerPoints,
  }))
  setPresenting(link.presenting)
  setStoryStep(link.story?.step ?? null, link.story?.active ?? false)
  setShownExercise(link.exercise)
}

/**
 * Show the link's layers among those the models have (the start screen's when it names none),
 * or only among `only`. Returns the kinds it set. The models register their kinds in waves while
 * they load (the model list, then the muscles), so the caller applies a link again to each kind
 * that arrives later.
 */
export function applyLinkLayers(link: LinkState, only?: readonly NodeKind[]): NodeKind[] {
  const present = (Object.keys(appStore.getState().viewer.layers) as NodeKind[]).filter(
    (k) => !only || only.includes(k),
  )
  const shown = link.layers ?? defaultLayersOf(present)
  for (const k of present) setLayerVisible(k, shown.includes(k))
  return present
}
