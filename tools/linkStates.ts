/**
 * Screens as links, for the browser tests of the link to a screen: seeded random screens written
 * in the link format (`#v=1&view=left&pose=sitting…`, as `src/store/linkState.ts` documents it),
 * fuzzed and hostile links, and a read of what a page shows, to compare two pages.
 *
 * The link text is written here from the anatomy data, not with the app's own encoder (tools may
 * not import the store), so the tests check the format from outside.
 */
import type { Page } from 'playwright-core'
import { EXERCISE_IDS } from '../src/anatomy/exercises'
import { PAIN_MUSCLES } from '../src/anatomy/painPatterns'
import { POSE_NAMES } from '../src/anatomy/poses'
import { ATTACHMENT_TOGGLES } from '../src/anatomy/selection'
import { SITTING_STORY } from '../src/anatomy/story'
import { VIEWS } from '../src/anatomy/views'
import { settled, waitInPage } from './harness'

/** A seeded random number generator (mulberry32): the same seed gives the same screens. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!
const subset = <T>(r: () => number, xs: readonly T[], p = 0.35): T[] => xs.filter(() => r() < p)
const mm = (v: number): string => String(Math.round(v * 1000) / 1000)

const LAYERS = ['bone', 'disc', 'muscle', 'skin', 'landmark'] as const
const SIDE_WORDS = ['left', 'right', 'both'] as const

/**
 * A random screen as a link hash (no `#`): a preset view or a camera on a sphere around the
 * model, a pose part or all of the way, layers, attachments, pain patterns and side, trigger
 * points, present mode, a story step, an exercise. Every part is set, or left at the start
 * screen's value, with the same chance.
 */
export function randomScreenHash(r: () => number): string {
  const parts = ['v=1']
  if (r() < 0.5) parts.push(`view=${pick(r, VIEWS).name.toLowerCase()}`)
  else {
    // 0.8–2 m from a point near the pelvis, from any side but straight above or below.
    const az = r() * 2 * Math.PI
    const el = (r() - 0.5) * 2.4
    const d = 0.8 + r() * 1.2
    const t = [(r() - 0.5) * 0.2, (r() - 0.5) * 0.3, (r() - 0.5) * 0.2]
    const p = [
      t[0]! + d * Math.cos(el) * Math.sin(az),
      t[1]! + d * Math.sin(el),
      t[2]! + d * Math.cos(el) * Math.cos(az),
    ]
    parts.push(`cam=${[...p, ...t].map(mm).join(',')}`)
  }
  if (r() < 0.7) {
    const target = pick(
      r,
      POSE_NAMES.filter((p) => p !== 'standing'),
    )
    parts.push(r() < 0.5 ? `pose=${target}` : `pose=${target}:${Math.round(1 + r() * 98) / 100}`)
  }
  if (r() < 0.4) parts.push(`side=${pick(r, SIDE_WORDS)}`)
  if (r() < 0.6) parts.push(`layers=${subset(r, LAYERS, 0.6).join(',') || 'none'}`)
  if (r() < 0.4) parts.push(`att=${subset(r, ATTACHMENT_TOGGLES, 0.5).join(',') || 'none'}`)
  if (r() < 0.6) parts.push(`pain=${subset(r, PAIN_MUSCLES).join(',') || 'none'}`)
  if (r() < 0.4) parts.push(`pside=${pick(r, SIDE_WORDS)}`)
  if (r() < 0.3) parts.push('tp=0')
  if (r() < 0.3) parts.push('present=1')
  if (r() < 0.4) parts.push(`story=${pick(r, SITTING_STORY.steps).id}${r() < 0.5 ? ':paused' : ''}`)
  if (r() < 0.3) parts.push(`ex=${pick(r, EXERCISE_IDS)}`)
  return parts.join('&')
}

/** Things no link of this app contains: other hosts, scripts, escapes, numbers out of range, odd text. */
const HOSTILE = [
  '//evil.example',
  'https://evil.example/x.glb',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '../../etc/passwd',
  '%00',
  '%E0%A4%A',
  '%',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '0x10',
  '999999999999999999999',
  '-0',
  '__proto__',
  'constructor',
  'toString',
  'émoji😀',
  '漢字',
  '\u202eevil',
  ' ',
  '',
  '=',
  '&&&',
  '#v=1',
  '?models=//evil.example',
]

const KEYS = [
  'v',
  'view',
  'cam',
  'pose',
  'side',
  'layers',
  'att',
  'pain',
  'pside',
  'tp',
  'present',
  'story',
  'ex',
  'draw',
]

/** One random mutation of a link's text. */
function mutate(r: () => number, hash: string): string {
  const parts = hash.split('&')
  const i = Math.floor(r() * parts.length)
  const [key] = parts[i]!.split('=')
  switch (Math.floor(r() * 12)) {
    case 0: // a hostile value for a real key
      parts[i] = `${key}=${pick(r, HOSTILE)}`
      break
    case 1: // a huge or odd number in a camera or pose
      parts[i] = pick(r, [
        `cam=${pick(r, HOSTILE)},0,0,0,0,0`,
        'cam=1e300,0,0,0,0,0',
        'cam=0,0,0,0,0,0',
        'cam=1,2',
        `pose=sitting:${pick(r, ['2', '-1', '1e-9', '0.5.5', 'NaN', '0.00001'])}`,
      ])
      break
    case 2: // an unknown key
      parts.splice(i, 0, `${pick(r, ['models', 'url', 'src', 'x', '__proto__', 'constructor'])}=${pick(r, HOSTILE)}`)
      break
    case 3: // a key twice
      parts.push(parts[i]!)
      break
    case 4: // a part dropped
      parts.splice(i, 1)
      break
    case 5: // another version
      parts[0] = pick(r, ['v=2', 'v=0', 'v=', 'v=1.0', 'V=1', 'v=01'])
      break
    case 6: // a value cut short
      parts[i] = parts[i]!.slice(0, Math.floor(r() * parts[i]!.length))
      break
    case 7: // very long
      parts[i] = `${key}=${'a,'.repeat(Math.floor(100 + r() * 20_000))}`
      break
    case 8: // a bad drawing
      parts.push(`draw=${pick(r, ['1:0.AAAA', '15002:ffffffff.AAAAAAAA', `99999999:0.${'A'.repeat(64)}`, 'x'])}`)
      break
    case 9: // escapes
      parts[i] = encodeURIComponent(parts[i]!)
      break
    case 10: // a random character somewhere
      parts[i] = parts[i]! + pick(r, ['%', '&', '=', ',', ':', '😀', '\u0000', '#', '?', '/'])
      break
    default: // a list item that does not exist
      parts[i] = `${key}=${pick(r, [...KEYS, 'bone', 'skin', 'left'])},${pick(r, HOSTILE)}`
  }
  return parts.join('&')
}

/** Random text: no structure at all. */
function garbage(r: () => number): string {
  const alphabet = 'v=1&,:.%-_#?/\\\'"<>ab09§é漢😀 '
  let s = ''
  const n = Math.floor(r() * (r() < 0.1 ? 5000 : 120))
  for (let k = 0; k < n; k++) s += alphabet[Math.floor(r() * alphabet.length)]
  return s
}

/**
 * `count` fuzzed link hashes (no `#`): most are real links with one to three mutations, some
 * hostile values on their own, some random text. Seeded.
 */
export function fuzzedHashes(r: () => number, count: number): string[] {
  const out: string[] = []
  while (out.length < count) {
    const kind = r()
    if (kind < 0.7) {
      let h = randomScreenHash(r)
      const n = 1 + Math.floor(r() * 3)
      for (let k = 0; k < n; k++) h = mutate(r, h)
      out.push(h)
    } else if (kind < 0.85) out.push(`${pick(r, ['', 'v=1&'])}${pick(r, KEYS)}=${pick(r, HOSTILE)}`)
    else out.push(garbage(r))
  }
  return out
}

/** Query keys a hostile link might try: the ones the app reads, the one it once read, and others. */
const QUERY_KEYS = ['models', 'autorotate', 'aa', 'render', 'base', 'manifest', 'src', 'v'] as const
/** Model paths that would leave the origin if they were ever taken from a link. */
const OFF_ORIGIN_PATHS = [
  '//evil.example/x',
  '/',
  '//',
  '/%2F/evil.example',
  '%2F%2Fevil.example',
  '\\\\evil.example',
  'http:evil.example',
  '..%2F..%2Fx',
  '/\\evil.example',
] as const

/**
 * `count` hostile query strings (without the `?`): most try to make the app load models from
 * another host (`models=//evil.example/x` and its relatives), the rest put hostile values in
 * the other keys.
 */
export function fuzzedQueries(r: () => number, count: number): string[] {
  const out: string[] = []
  while (out.length < count) {
    const parts: string[] = []
    if (r() < 0.6) parts.push(`models=${pick(r, OFF_ORIGIN_PATHS)}`)
    const n = Math.floor(r() * 3)
    for (let k = 0; k < n; k++) parts.push(`${pick(r, QUERY_KEYS)}=${encodeURIComponent(pick(r, HOSTILE))}`)
    if (parts.length === 0) parts.push(garbage(r))
    out.push(parts.join('&'))
  }
  return out
}

/** A camera pose read from the page, metres. */
export interface CameraRead {
  readonly position: readonly [number, number, number]
  readonly target: readonly [number, number, number]
}

/** What a link carries, read from a page: the store fields and the camera. */
export interface ScreenRead {
  readonly fields: Record<string, unknown>
  readonly camera: CameraRead | null
}

/**
 * Read the screen a page shows, as far as a link carries it: view, layers, attachments, the pose
 * (its target only when not standing), muscle side, patterns, pain side, trigger points, present
 * mode, the story step and exercise; and the camera (through the screen probe).
 */
export async function readScreen(page: Page): Promise<ScreenRead> {
  // Sent as source text (see `settled` in harness.ts).
  return (await page.evaluate(`(() => {
    const api = window.__anatomyViewer
    const s = api.state()
    const p = s.posture
    return {
      fields: {
        view: s.viewer.view,
        layers: s.viewer.layers,
        attachments: s.viewer.attachments,
        pose: p.amount > 0 ? p.target + ':' + Math.round(p.amount * 100) / 100 : 'standing',
        animating: p.goal !== null,
        muscleSide: p.side,
        patterns: s.pain.shown,
        painSide: s.pain.side,
        triggerPoints: s.pain.triggerPoints,
        presenting: s.screen.presenting,
        story: s.session.storyStep,
        storyActive: s.session.storyActive,
        exercise: s.session.exercise,
      },
      camera: api.camera(),
    }
  })()`)) as ScreenRead
}

/** The largest distance between the camera positions and between the targets of two reads, metres. */
export function cameraGap(a: CameraRead | null, b: CameraRead | null): number {
  if (!a || !b) return Infinity
  const d = (u: readonly number[], v: readonly number[]) => Math.hypot(u[0]! - v[0]!, u[1]! - v[1]!, u[2]! - v[2]!)
  return Math.max(d(a.position, b.position), d(a.target, b.target))
}

/** The angle (degrees) between the two cameras' lines of sight. */
export function cameraAngle(a: CameraRead, b: CameraRead): number {
  const dir = (c: CameraRead) => {
    const v = [c.target[0] - c.position[0], c.target[1] - c.position[1], c.target[2] - c.position[2]]
    const l = Math.hypot(v[0]!, v[1]!, v[2]!)
    return v.map((x) => x / l)
  }
  const u = dir(a)
  const v = dir(b)
  const dot = Math.min(1, Math.max(-1, u[0]! * v[0]! + u[1]! * v[1]! + u[2]! * v[2]!))
  return (Math.acos(dot) * 180) / Math.PI
}

/** What a page did that a test checks afterwards: console errors, page errors, every request's address. */
export interface PageWatch {
  readonly errors: string[]
  readonly requests: string[]
}

/** Record a page's console errors, page errors and requests (pages share a context here, so not `newWatchedPage`). */
export function watchPage(page: Page, into: PageWatch = { errors: [], requests: [] }): PageWatch {
  page.on('console', (m) => {
    if (m.type() === 'error') into.errors.push(m.text())
  })
  page.on('pageerror', (e) => into.errors.push(`pageerror: ${e.message}`))
  page.on('request', (r) => into.requests.push(r.url()))
  return into
}

/** The requests that went anywhere but `origin` (data: and blob: addresses stay in the page). */
export const foreignRequests = (watch: PageWatch, origin: string): string[] =>
  watch.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin)

/**
 * Set the page's hash as a person editing the address would, and wait until the app has handled
 * it (its `hashchange` listener runs before this one's). Resolves at once when the hash is unchanged.
 */
export async function setHash(page: Page, hash: string): Promise<void> {
  await page.evaluate(`new Promise((resolve) => {
    const before = location.href
    window.addEventListener('hashchange', () => setTimeout(resolve, 0), { once: true })
    location.hash = ${JSON.stringify(hash)}
    if (location.href === before) resolve()
  })`)
}

/**
 * Set many hashes one after another inside the page, each once the app has handled the one before
 * (its `hashchange` listener runs first), without waiting for the view to draw each: the app must
 * take any sequence of them. Resolves when the last has been handled.
 */
export async function setHashes(page: Page, hashes: readonly string[]): Promise<void> {
  await page.evaluate(`(async (hashes) => {
    for (const h of hashes) {
      await new Promise((resolve) => {
        const before = location.href
        window.addEventListener('hashchange', () => resolve(), { once: true })
        location.hash = h
        if (location.href === before) resolve()
      })
    }
  })(${JSON.stringify(hashes)})`)
}

/** Wait until the pose has arrived and the view has drawn and then stopped redrawing for `quietMs`. */
export async function screenSettled(page: Page, quietMs = 250): Promise<void> {
  await waitInPage(page, `window.__anatomyViewer.state().posture.goal === null`)
  await settled(page, quietMs)
}
