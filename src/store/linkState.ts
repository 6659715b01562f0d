import { EXERCISE_IDS, type ExerciseId } from '../anatomy/exercises'
import { PAIN_MUSCLES } from '../anatomy/painPatterns'
import type { PainMuscleId, PainSide } from '../anatomy/painTypes'
import { POSE_NAMES, type PoseName } from '../anatomy/poses'
import { ATTACHMENT_TOGGLES, type AttachmentToggle } from '../anatomy/selection'
import { SITTING_STORY } from '../anatomy/story'
import type { NodeKind, Vec3 } from '../anatomy/types'
import { DEFAULT_VIEW, VIEWS, type ViewName } from '../anatomy/views'
import type { AppState } from './appStore'
import type { MuscleSide } from './postureSlice'
import { HIDDEN_AT_START } from './viewerSlice'

/**
 * The screen in an address: the codec between what the clinic screen shows and the `#…` part of
 * the URL. Pure (no DOM, no store writes), so every rule is unit-tested; `ui/link/linkAddress.ts`
 * reads and writes the address with it, `linkActions.ts` applies a parsed link to the store.
 *
 * The hash is `key=value` pairs joined by `&`, readable by a person:
 * `#v=1&view=left&pose=sitting&pain=iliopsoas&pside=right&layers=bone,disc,muscle,skin`.
 * A value equal to the start screen's is left out, so the start screen is just `#v=1`.
 * Only the fragment is used: a browser never sends it to a server, so neither the screen nor a
 * drawing put into a link reaches any host by being opened.
 */

/** The link format this code writes and reads (`v=1`). */
export const LINK_VERSION = '1'

/** The camera of a link: where it is and what it looks at, in metres (the glTF frame). */
export interface LinkCamera {
  readonly position: Vec3
  readonly target: Vec3
}

/** A pose other than standing, and how far into it (0 = standing, 1 = fully there). */
export interface LinkPose {
  readonly target: Exclude<PoseName, 'standing'>
  readonly amount: number
}

/** Where the guided story is: a step and whether the story is running or paused there. */
export interface LinkStory {
  readonly step: string
  readonly active: boolean
}

/** Everything a link says about the screen, each field at its value (see {@link linkDefaults}). */
export interface LinkState {
  /** The preset view, or null when {@link LinkState.camera} gives a camera moved by hand. */
  readonly view: ViewName | null
  readonly camera: LinkCamera | null
  /** Null = standing. */
  readonly pose: LinkPose | null
  readonly muscleSide: MuscleSide
  /** The layer kinds shown (the others hidden), or null for the start screen's layers. */
  readonly layers: readonly NodeKind[] | null
  /** The muscles whose attachment areas are painted. */
  readonly attachments: readonly AttachmentToggle[]
  /** The muscles whose pain patterns are painted on the skin. */
  readonly patterns: readonly PainMuscleId[]
  readonly painSide: PainSide
  readonly triggerPoints: boolean
  readonly presenting: boolean
  readonly story: LinkStory | null
  readonly exercise: ExerciseId | null
  /** The patient's drawing, compressed (`overlays/pain/drawingLink.ts`), only when the clinician asked for it. */
  readonly drawing: string | null
}

/** The start screen as a link says it: what a link that leaves a field out means. */
export function linkDefaults(): LinkState {
  return {
    view: DEFAULT_VIEW,
    camera: null,
    pose: null,
    muscleSide: 'both',
    layers: null,
    attachments: [...ATTACHMENT_TOGGLES],
    patterns: [],
    painSide: 'both',
    triggerPoints: true,
    presenting: false,
    story: null,
    exercise: null,
    drawing: null,
  }
}

/** The result of reading a hash. */
export interface ParsedLink {
  /** False for an empty hash: there is no link to apply. */
  readonly found: boolean
  /** True when the hash is not a link of this version at all: nothing of it was used. */
  readonly unreadable: boolean
  /** The fields the link sets, each checked; a field left out keeps its default ({@link withDefaults}). */
  readonly link: Partial<LinkState>
  /** The keys that were ignored (unknown, repeated or malformed), for the notice and the tests. */
  readonly ignored: readonly string[]
}

/** Longest hash read at all; a longer one is not a link this app wrote. */
export const MAX_HASH_CHARS = 24_000
/** Longest drawing token accepted (the drawing decoder has its own, stricter checks). */
export const MAX_DRAWING_CHARS = 20_000
/** Longest value of any other key: the longest real one (every pattern named) is about 130 characters. */
export const MAX_VALUE_CHARS = 200
/** Most `key=value` pairs read; a link of this version has at most 14. */
export const MAX_PAIRS = 40
/** Coordinates further than this from the model's origin (metres) are not a camera of this scene. */
export const MAX_COORD_M = 10
/** The camera must stand at least this far from what it looks at (metres). */
export const MIN_CAMERA_DISTANCE_M = 0.05

/** The layer kinds in the order a link lists them. */
const LAYER_KINDS = ['bone', 'disc', 'muscle', 'skin', 'landmark'] as const satisfies readonly NodeKind[]
const SIDES = { left: 'l', right: 'r', both: 'both' } as const
type SideWord = keyof typeof SIDES
const STORY_IDS: readonly string[] = SITTING_STORY.steps.map((s) => s.id)
const POSE_TARGETS = POSE_NAMES.filter((p): p is Exclude<PoseName, 'standing'> => p !== 'standing')

const viewWord = (v: ViewName): string => v.toLowerCase()
const sideWord = (s: PainSide): SideWord => (s === 'l' ? 'left' : s === 'r' ? 'right' : 'both')

/** A coordinate in metres, to the millimetre, without a trailing `.000` or a `-0`. */
const metres = (v: number): string => {
  const r = Math.round(v * 1000) / 1000
  return String(r === 0 ? 0 : r)
}
/** A pose amount to the hundredth. */
const amountOf = (a: number): number => Math.round(Math.min(1, Math.max(0, a)) * 100) / 100

/** Round a camera as a link carries it (to the millimetre). */
export function roundCamera(c: LinkCamera): LinkCamera {
  const r = (v: Vec3): Vec3 => v.map((x) => Number(metres(x))) as unknown as Vec3
  return { position: r(c.position), target: r(c.target) }
}

/** The start screen's layers among those present: all but landmarks and skin. */
export const defaultLayersOf = (present: readonly NodeKind[]): NodeKind[] =>
  LAYER_KINDS.filter((k) => present.includes(k) && !HIDDEN_AT_START.includes(k))

const sameList = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i])

/**
 * What the screen shows now, as a link. `camera` is the camera's resting pose (the scene's camera
 * bridge), used when no preset view is current. The drawing is never read here: it goes into a
 * link only when the clinician asks (`ui/link/currentLink.ts`).
 */
export function linkOf(s: AppState, camera: LinkCamera | null): LinkState {
  const { viewer, posture, pain, screen, session } = s
  // Where the posture is going (a button was pressed) is what the screen is about to show.
  const p = posture.goal ?? { target: posture.target, amount: posture.amount }
  const amount = amountOf(p.amount)
  const present = LAYER_KINDS.filter((k) => k in viewer.layers)
  const shown = present.filter((k) => viewer.layers[k] === true)
  const story = session.storyStep !== null && STORY_IDS.includes(session.storyStep) ? session.storyStep : null
  return {
    view: viewer.view ?? (camera ? null : DEFAULT_VIEW),
    camera: viewer.view === null && camera ? roundCamera(camera) : null,
    pose: amount > 0 ? { target: p.target, amount } : null,
    muscleSide: posture.side,
    layers: sameList(shown, defaultLayersOf(present)) ? null : shown,
    attachments: ATTACHMENT_TOGGLES.filter((t) => viewer.attachments[t]),
    patterns: PAIN_MUSCLES.filter((m) => pain.shown[m]),
    painSide: pain.side,
    triggerPoints: pain.triggerPoints,
    presenting: screen.presenting,
    story: story ? { step: story, active: session.storyActive } : null,
    exercise: session.exercise,
    drawing: null,
  }
}

const list = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.join(','))

/** The link's `key=value` pairs, defaults left out, in a fixed order. */
function pairs(link: LinkState): [string, string][] {
  const d = linkDefaults()
  const out: [string, string][] = [['v', LINK_VERSION]]
  if (link.camera) {
    const { position: p, target: t } = link.camera
    out.push(['cam', [...p, ...t].map(metres).join(',')])
  } else if (link.view && link.view !== d.view) out.push(['view', viewWord(link.view)])
  if (link.pose) {
    const a = amountOf(link.pose.amount)
    if (a > 0) out.push(['pose', a === 1 ? link.pose.target : `${link.pose.target}:${a}`])
  }
  if (link.muscleSide !== d.muscleSide) out.push(['side', sideWord(link.muscleSide)])
  if (link.layers) out.push(['layers', list(LAYER_KINDS.filter((k) => link.layers!.includes(k)))])
  if (!sameList(link.attachments, d.attachments))
    out.push(['att', list(ATTACHMENT_TOGGLES.filter((t) => link.attachments.includes(t)))])
  if (link.patterns.length > 0) out.push(['pain', list(PAIN_MUSCLES.filter((m) => link.patterns.includes(m)))])
  if (link.painSide !== d.painSide) out.push(['pside', sideWord(link.painSide)])
  if (link.triggerPoints !== d.triggerPoints) out.push(['tp', link.triggerPoints ? '1' : '0'])
  if (link.presenting) out.push(['present', '1'])
  if (link.story) out.push(['story', link.story.active ? link.story.step : `${link.story.step}:paused`])
  if (link.exercise) out.push(['ex', link.exercise])
  if (link.drawing) out.push(['draw', link.drawing])
  return out
}

/**
 * The hash for a link, without the `#`. Every value is made of letters, digits and `_-.:,`, which
 * an address carries as they are, so the link stays readable when pasted.
 */
export function encodeLink(link: LinkState): string {
  return pairs(link)
    .map(([k, v]) => `${k}=${v}`)
    .join('&')
}

/**
 * True when going from `a` to `b` is a step of its own in the browser's history (a new preset
 * view, pose, layer, pattern, present mode, story step…), false when only the camera moved by hand.
 */
export function isDiscreteChange(a: LinkState, b: LinkState): boolean {
  const rest = (l: LinkState) => encodeLink({ ...l, view: null, camera: null })
  return rest(a) !== rest(b) || (b.view !== null && b.view !== a.view)
}

/** A link's fields with the default filled in for each one it leaves out. */
export const withDefaults = (partial: Partial<LinkState>): LinkState => {
  const link = { ...linkDefaults(), ...partial }
  // A camera given by hand replaces the preset view.
  return link.camera ? { ...link, view: null } : link
}

// ---- Reading -------------------------------------------------------------------------------

/** A value of one key, or undefined when it is not valid (the key is then ignored). */
type Reader<K extends keyof LinkState> = (value: string) => LinkState[K] | undefined

const COORD_RE = /^-?\d{1,2}(\.\d{1,6})?$/
const AMOUNT_RE = /^(0(\.\d{1,4})?|1(\.0{1,4})?)$/

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (v: string): T | undefined =>
    (allowed as readonly string[]).includes(v) ? (v as T) : undefined

/** A comma-separated list of allowed items (`none` or empty for none), each once, in the canonical order. */
const listOf =
  <T extends string>(allowed: readonly T[]) =>
  (v: string): T[] | undefined => {
    if (v === '' || v === 'none') return []
    const items = v.split(',')
    if (items.length > allowed.length || new Set(items).size !== items.length) return undefined
    if (!items.every((i) => (allowed as readonly string[]).includes(i))) return undefined
    return allowed.filter((a) => items.includes(a))
  }

const side = (v: string): 'l' | 'r' | 'both' | undefined =>
  Object.prototype.hasOwnProperty.call(SIDES, v) ? SIDES[v as SideWord] : undefined

const flag = (v: string): boolean | undefined => (v === '1' ? true : v === '0' ? false : undefined)

const readCamera: Reader<'camera'> = (v) => {
  const parts = v.split(',')
  if (parts.length !== 6 || !parts.every((p) => COORD_RE.test(p))) return undefined
  const n = parts.map(Number)
  if (!n.every((x) => Number.isFinite(x) && Math.abs(x) <= MAX_COORD_M)) return undefined
  const position: Vec3 = [n[0]!, n[1]!, n[2]!]
  const target: Vec3 = [n[3]!, n[4]!, n[5]!]
  const dist = Math.hypot(position[0] - target[0], position[1] - target[1], position[2] - target[2])
  return dist >= MIN_CAMERA_DISTANCE_M ? roundCamera({ position, target }) : undefined
}

const readPose: Reader<'pose'> = (v) => {
  if (v === 'standing') return null
  const [name, amountText, ...more] = v.split(':')
  const target = oneOf(POSE_TARGETS)(name ?? '')
  if (!target || more.length > 0) return undefined
  if (amountText === undefined) return { target, amount: 1 }
  if (!AMOUNT_RE.test(amountText)) return undefined
  const amount = amountOf(Number(amountText))
  return amount > 0 ? { target, amount } : null
}

const readStory: Reader<'story'> = (v) => {
  const [step, state, ...more] = v.split(':')
  if (!step || !STORY_IDS.includes(step) || more.length > 0) return undefined
  if (state === undefined) return { step, active: true }
  return state === 'paused' ? { step, active: false } : undefined
}

/** A drawing token's shape: `<vertex count>:<skin hash>.<base64url data>` (checked in full when decoded). */
const DRAWING_RE = /^\d{1,7}:[0-9a-f]{1,8}\.[A-Za-z0-9_-]{1,}$/

/** Each key of the hash: the field it sets and how its value is read (undefined = not valid). */
const READERS: Readonly<Record<string, { readonly field: keyof LinkState; readonly read: (v: string) => unknown }>> = {
  view: { field: 'view', read: (v) => VIEWS.find((p) => viewWord(p.name) === v)?.name },
  cam: { field: 'camera', read: readCamera },
  pose: { field: 'pose', read: readPose },
  side: { field: 'muscleSide', read: side },
  layers: { field: 'layers', read: listOf(LAYER_KINDS) },
  att: { field: 'attachments', read: listOf(ATTACHMENT_TOGGLES) },
  pain: { field: 'patterns', read: listOf(PAIN_MUSCLES) },
  pside: { field: 'painSide', read: side },
  tp: { field: 'triggerPoints', read: flag },
  present: { field: 'presenting', read: flag },
  story: { field: 'story', read: readStory },
  ex: { field: 'exercise', read: oneOf(EXERCISE_IDS) },
  draw: { field: 'drawing', read: (v) => (DRAWING_RE.test(v) ? v : undefined) },
}

/** `decodeURIComponent` that says undefined instead of throwing on a broken `%` escape. */
function decoded(s: string): string | undefined {
  try {
    return decodeURIComponent(s)
  } catch {
    return undefined
  }
}

/** Keep a key as the notice and tests report it: short, and only printable ASCII. */
const keyLabel = (k: string): string => k.replace(/[^\x20-\x7e]/g, '?').slice(0, 24)

/**
 * Read a hash (with or without its `#`). Never throws: every value is checked against its
 * allow-list, number range and length cap, and a key that is unknown, repeated or malformed is
 * ignored and named in `ignored`; the rest of the link still counts. A hash without `v=1` (another
 * version, or not a link at all) is `unreadable`: nothing of it is used.
 */
export function parseLink(hash: string): ParsedLink {
  const text = hash.startsWith('#') ? hash.slice(1) : hash
  if (text.length === 0) return { found: false, unreadable: false, link: {}, ignored: [] }
  const unreadable = (why: string): ParsedLink => ({ found: true, unreadable: true, link: {}, ignored: [why] })
  if (text.length > MAX_HASH_CHARS) return unreadable('(too long)')
  const raw = text.split('&')
  if (raw.length > MAX_PAIRS) return unreadable('(too many parts)')
  // Each part as [key, value]; undefined where an escape is broken or there is no `=`.
  const entries = raw
    .filter((part) => part !== '')
    .map((part): [string | undefined, string | undefined, string] => {
      const eq = part.indexOf('=')
      return [decoded(eq < 0 ? part : part.slice(0, eq)), eq < 0 ? undefined : decoded(part.slice(eq + 1)), part]
    })
  const versions = entries.filter(([k]) => k === 'v')
  if (versions.length !== 1 || versions[0]![1] !== LINK_VERSION) return unreadable('v')
  const link: Record<string, unknown> = {}
  const ignored: string[] = []
  const seen = new Set<string>(['v'])
  for (const [key, value, part] of entries) {
    if (key === 'v') continue
    const reader = key !== undefined && Object.prototype.hasOwnProperty.call(READERS, key) ? READERS[key] : undefined
    const max = key === 'draw' ? MAX_DRAWING_CHARS : MAX_VALUE_CHARS
    const ok = reader && value !== undefined && !seen.has(key!) && value.length <= max
    const read = ok ? reader.read(value) : undefined
    if (key !== undefined) seen.add(key)
    if (!reader || read === undefined) ignored.push(keyLabel(key ?? part))
    else link[reader.field] = read
  }
  return { found: true, unreadable: false, link: link as Partial<LinkState>, ignored }
}
