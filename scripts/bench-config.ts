/** Settings of `npm run bench` (environment knobs documented in bench/README.md). */
/** Times each frame scenario is run (round-robin). */
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
/** App/bare load pairs for time to ready (after one warm-up pair that is not counted). */
export const READY_PAIRS = Number(process.env.BENCH_READY_PAIRS ?? 5)
/** A frame window lasts until it holds this many frames and MIN_WINDOW_MS, or MAX_WINDOW_MS. */
export const MIN_FRAMES = Number(process.env.BENCH_MIN_FRAMES ?? 60)
export const MIN_WINDOW_MS = 3000
export const MAX_WINDOW_MS = Number(process.env.BENCH_MAX_WINDOW_MS ?? 8000)
export const ROTATE = 0.25 // rad/s: a slow turn, as a clinician would show it
export const VIEWPORT = { width: 1280, height: 720 }
export const APP_MARK = 'anatomy-ready'
export const BARE_MARK = 'bare-first-frame'
export const BARE_OUT_DIR = 'dist-bench-bare'
