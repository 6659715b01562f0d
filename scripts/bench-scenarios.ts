import type { PanelName } from '../tools/harness'
import { ROTATE } from './bench-config'
import { spread, type Spread } from './bench-stats'

/** The page sessions and frame scenarios the bench measures, and what one measured window holds. */
export interface Scenario {
  readonly key: 'empty' | 'models' | 'skin' | 'still' | 'animating' | 'closed' | 'present' | 'presentBare'
  readonly what: string
  /** Press Play before sampling (posture animation, stand ↔ sit). */
  readonly play?: boolean
  /** Tick these checkboxes (by accessible name, in the panel that holds each) before sampling. */
  readonly check?: readonly { readonly panel: PanelName; readonly name: string }[]
  /** Close the open panel first (the app as it looks with no panel open). */
  readonly closePanels?: boolean
  /** Keys pressed before sampling (`p` starts present mode). */
  readonly keys?: readonly string[]
  /** A style sheet added before sampling, removed after (to take a part of the UI off the page). */
  readonly style?: string
}

/**
 * One page load and the scenarios measured in it, in order: a scenario that adds to the scene
 * (skin, Play) is measured right after the one without, in the same page, so each pair differs
 * only by that addition (and the run saves a slow software-rendered load).
 */
export interface Session {
  /** Replace the model list (the empty scene uses an empty one). */
  readonly manifest?: string
  readonly query: string
  readonly scenarios: readonly Scenario[]
}

export const SESSIONS: readonly Session[] = [
  {
    manifest: JSON.stringify({ version: 1, frame: 'empty', files: [] }),
    query: `?autorotate=${ROTATE}`,
    scenarios: [{ key: 'empty', what: 'the app with an empty model list, auto-rotating' }],
  },
  {
    query: `?autorotate=${ROTATE}`,
    scenarios: [
      { key: 'models', what: 'every model, auto-rotating' },
      {
        key: 'skin',
        what: 'then (same page) + translucent skin with two heatmaps and trigger crosses',
        check: [
          { panel: 'Layers', name: 'Skin' },
          { panel: 'Pain', name: 'Pain pattern: Iliopsoas (deep hip flexor)' },
          { panel: 'Pain', name: 'Pain pattern: Gluteus minimus (deepest buttock muscle)' },
        ],
      },
    ],
  },
  {
    query: '?render=continuous',
    scenarios: [
      { key: 'still', what: 'every model, drawn every frame, not moving' },
      { key: 'animating', what: 'then (same page) posture playing stand ↔ sit', play: true },
    ],
  },
  {
    // Present mode against the same full-window canvas with its controls taken off the page, and
    // against the ordinary screen with no panel open (a smaller canvas beside the desk column).
    query: `?autorotate=${ROTATE}`,
    scenarios: [
      { key: 'closed', what: 'every model, auto-rotating, no panel open', closePanels: true },
      { key: 'present', what: 'then (same page) present mode: its buttons and caption over the view', keys: ['p'] },
      {
        key: 'presentBare',
        what: 'then (same page) present mode with its controls hidden: the same canvas and view, no UI',
        style: '.present { display: none !important; }',
      },
    ],
  },
]
export const SCENARIOS = SESSIONS.flatMap((s) => s.scenarios)

/** One frame window of one scenario run. Units are in the names; "PerFrame" divides by frames drawn. */
export interface FrameRun {
  readyMs: number
  frames: number
  windowMs: number
  fps: number
  /** CPU time of every Chromium process (browser, GPU = SwiftShader, renderer, utilities). */
  cpuMsPerFrame: number
  gpuProcessCpuMsPerFrame: number
  rendererProcessCpuMsPerFrame: number
  mainThreadCpuMsPerFrame: number
  /** Wall time of main-thread tasks (grows when the core is shared; for information). */
  mainThreadTaskMsPerFrame: number
  scriptMsPerFrame: number
  frameWallMsMedian: number
  frameWallMsP95: number
  drawCallsPerFrame: number
  trianglesPerFrame: number
  geometries: number
  textures: number
  programs: number
  postureUpdates: number
  postureUpdateMsMedian: number | null
  postureUpdateMsP95: number | null
}

/** Spread of one numeric field over runs (skipping runs where it is null). */
export function spreadOf(runs: readonly FrameRun[], key: keyof FrameRun, digits = 2): Spread | null {
  const xs = runs.map((r) => r[key]).filter((x): x is number => typeof x === 'number' && Number.isFinite(x))
  return xs.length ? spread(xs, digits) : null
}

export function summariseScenario(s: Scenario, runs: readonly FrameRun[]) {
  const keys = Object.keys(runs[0]!) as (keyof FrameRun)[]
  return {
    what: s.what,
    query: SESSIONS.find((x) => x.scenarios.includes(s))!.query,
    ...Object.fromEntries(keys.map((k) => [k, spreadOf(runs, k)])),
    runs,
  } as { what: string; query: string; runs: readonly FrameRun[] } & Record<keyof FrameRun, Spread | null>
}
