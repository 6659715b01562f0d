import { appStore } from '../../store/appStore'
import { allFilesSettled } from '../../store/viewerSlice'
import { noteReadyOffline, offerUpdate } from './offlineState'

/**
 * What the worker made by vite-plugin-pwa (`registerType: 'prompt'`, `pwa.config.ts`) listens
 * for before it stops waiting and takes over.
 */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const

/** How often an app left open all day (a clinic tablet) asks the server for a new version. */
export const UPDATE_CHECK_MS = 60 * 60 * 1000

/** The parts of `navigator.serviceWorker` used here (a stand-in in unit tests). */
export interface WorkerHost {
  readonly controller: ServiceWorker | null
  register(url: string, options?: RegistrationOptions): Promise<ServiceWorkerRegistration>
  addEventListener(type: 'controllerchange', listener: () => void): void
}

/** Options of {@link startServiceWorker}; the defaults are the browser's own. */
export interface StartOptions {
  /** The worker's address (the build's `sw.js` under the app's base). */
  readonly url?: string
  /** `navigator.serviceWorker`, or a stand-in; none means no service worker (an old browser, http). */
  readonly host?: WorkerHost | undefined
  /** Resolves when registering no longer competes with what the user is waiting for. */
  readonly when?: Promise<unknown>
  /** Reload the page into the new version. */
  readonly reload?: () => void
  /** How often to ask for a new version while open ({@link UPDATE_CHECK_MS}); null for never (tests). */
  readonly checkEveryMs?: number | null
}

/**
 * Register the service worker that keeps the app on this device, and turn its news into the
 * offline notice's state: "ready to work without a network" after the first visit, "a new
 * version is ready" whenever one is installed and waiting.
 *
 * Called from `main.tsx` in production builds only, from module code: nothing inline in
 * index.html, so a strict Content-Security-Policy (`script-src 'self'`) holds.
 *
 * The page reloads only after the user said "Reload now" here. Nothing is lost by it: the pain
 * drawing is written to local storage at the end of every stroke, undo and clear
 * (`overlays/pain/painDrawing.ts`), and the screen (view, pose, layers, patterns, present mode, story
 * step, exercise) is in the address's `#` part (`ui/link/`), which a reload
 * keeps. Only the drawing's undo history and a name typed for the handout (never stored, on
 * purpose) start afresh.
 *
 * This uses the Service Worker API itself rather than workbox-window: workbox-window stops
 * listening after the first version that arrives while a page is open, so a second new version
 * after a "Later" would go unnoticed.
 *
 * @example
 * if (import.meta.env.PROD) void startServiceWorker()
 */
export async function startServiceWorker(options: StartOptions = {}): Promise<ServiceWorkerRegistration | null> {
  const host = 'host' in options ? options.host : navigator.serviceWorker
  if (!host) return null
  const url = options.url ?? `${import.meta.env.BASE_URL}sw.js`
  const reload = options.reload ?? (() => window.location.reload())
  await (options.when ?? appSettled())

  const registration = await host.register(url, { scope: import.meta.env.BASE_URL })
  // A stubbed register (Playwright's `serviceWorkers: 'block'`, some privacy tools) gives nothing back.
  if (!registration) return null
  // Reload only for the version the user let in from this page; a first install taking charge
  // (clientsClaim) also changes the controller, and must not reload the page under them.
  let accepted = false
  host.addEventListener('controllerchange', () => {
    if (accepted) reload()
  })
  const accept = () => {
    accepted = true
    const waiting = registration.waiting
    if (waiting) waiting.postMessage(SKIP_WAITING)
    else reload() // it took over some other way meanwhile (another tab): the reload alone brings it in
  }
  const watch = (worker: ServiceWorker) => {
    const onState = () => {
      if (worker.state !== 'installed') return
      worker.removeEventListener('statechange', onState)
      // Installed with a controller: an update that waits. Without one: the first visit's worker,
      // which has just stored every file.
      if (host.controller) offerUpdate(accept)
      else noteReadyOffline()
    }
    worker.addEventListener('statechange', onState)
    onState()
  }

  // A version that arrived on an earlier visit and got a Later (or the tab was never closed) asks again.
  if (registration.waiting && host.controller) offerUpdate(accept)
  if (registration.installing) watch(registration.installing)
  registration.addEventListener('updatefound', () => {
    if (registration.installing) watch(registration.installing)
  })
  const every = options.checkEveryMs === undefined ? UPDATE_CHECK_MS : options.checkEveryMs
  if (every !== null)
    setInterval(() => {
      // Offline is the normal case here, not an error: the check simply waits for the next hour.
      if (navigator.onLine) registration.update().catch(() => undefined)
    }, every)
  return registration
}

/**
 * Resolves once the page has loaded and the models are in (or have failed): the first visit's
 * worker then downloads its copy of every file (about 3.6 MB) without slowing the first picture.
 */
function appSettled(): Promise<void> {
  const loaded =
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise<void>((resolve) => window.addEventListener('load', () => resolve(), { once: true }))
  const settled = (): boolean => {
    const viewer = appStore.getState().viewer
    return allFilesSettled(viewer) || viewer.manifestError !== null
  }
  const models = new Promise<void>((resolve) => {
    if (settled()) return resolve()
    const stop = appStore.subscribe(() => {
      if (!settled()) return
      stop()
      resolve()
    })
  })
  return Promise.all([loaded, models]).then(() => undefined)
}
