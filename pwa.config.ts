/**
 * The service worker and the web app manifest (vite-plugin-pwa, Workbox), kept out of
 * `vite.config.ts` so that file only lists its plugins.
 *
 * After one visit everything the viewer can show is on the device: the app shell, the models and
 * their manifest, the lazily loaded chunks (Save image, the handout) and the icons. A clinic then
 * works without a network. Updates never take over by themselves (`registerType: 'prompt'`): the
 * app asks first (`src/ui/offline/`).
 */
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa'

/** The app's dark background (`--bg`, the 3D view's clear colour): splash screen and title bar. */
const BACKGROUND = '#1d2129'

/**
 * Largest file the service worker stores. The biggest are the main script (three.js, React and
 * R3F: about 1.3 MB) and the lumbar spine model (about 620 kB); Workbox's default 2 MiB would pass
 * today, 4 MiB leaves room to grow, and a file left out would break the offline app silently, so
 * `tests/browser/offline.test.ts` checks that every model and chunk is stored.
 */
const MAX_PRECACHE_FILE_BYTES = 4 * 1024 * 1024

/** The plugin's options (exported for tests and tools that want to read them). */
export const PWA_OPTIONS: Partial<VitePWAOptions> = {
  // Our own code registers the worker from a module (`src/ui/offline/serviceWorker.ts`): nothing is
  // injected into index.html but the manifest link, so a strict CSP needs no inline script.
  injectRegister: false,
  registerType: 'prompt',
  strategies: 'generateSW',
  filename: 'sw.js',
  manifestFilename: 'manifest.webmanifest',
  // The icons are ours (`npm run icons`) and the glob below stores them all already; listing them
  // again would only double the entries.
  includeManifestIcons: false,
  manifest: {
    id: '/',
    name: 'Iliopsoas viewer',
    short_name: 'Hip flexors',
    description:
      '3D viewer of the psoas major, iliacus and the bones they attach to, for explaining low-back and thigh pain in the clinic.',
    lang: 'en',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: BACKGROUND,
    background_color: BACKGROUND,
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // Everything in dist/: the shell, every chunk in assets/ (the handout's and Save image's
    // included), the models and their manifest, the icons. The web app manifest is not in the
    // list: the plugin adds it itself.
    globPatterns: ['**/*.{html,js,css,wasm,glb,json,png,svg,ico,txt}'],
    maximumFileSizeToCacheInBytes: MAX_PRECACHE_FILE_BYTES,
    // Any address in the app opens the app (the screen is in the # part, which never reaches here).
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // The first visit's page is taken under the worker's wing at once, so a clinician who goes
    // offline in that same tab can still open the handout. A new version still waits for "Reload
    // now" (no skipWaiting): claiming only reaches pages no worker controls yet.
    clientsClaim: true,
    skipWaiting: false,
    // The worker is readable in the build (it is small), and no source map is shipped.
    sourcemap: false,
  },
  // `vite dev` has no service worker: the app always loads the code being edited.
  devOptions: { enabled: false },
}

/** The vite-plugin-pwa plugins for `vite.config.ts`. */
export const pwa = () => VitePWA(PWA_OPTIONS)
