/**
 * Read the written skin back and measure it: circumferences, soft-tissue depths at bony
 * landmarks, clearance of every bone, and the sitting pose under linear blend skinning. The
 * generator prints these beside their ranges; the contract tests use the same functions.
 */
import { readFileSync } from 'node:fs'
import {
  ankleCentre,
  CALF_MAX_LEVEL,
  kneeCentre,
  SHANK_LENGTH,
  SKIN_CIRCUMFERENCES,
  SKIN_JOINTS,
  SKIN_MIN_CLEARANCE,
  SOFT_TISSUE_DEPTHS,
  type BodyFigure,
} from '../../src/anatomy/body'
import { hipCentre } from '../../src/anatomy/skeleton'
import { transformPoint, type Mat4 } from '../../src/anatomy/mat4'
import { SITTING, type Pose } from '../../src/anatomy/poses'
import { poseTransforms } from '../../src/anatomy/rig'
import type { Vec3 } from '../../src/anatomy/types'
import { createIO } from '../gltf/io'
import type { LoadedSkeleton } from '../measure/loadModel'
import { TriangleGrid } from './triangleGrid'
import type { SkinExtras } from './writeSkinFile'

/** The skin read back from its file, in millimetres (standing). */
export interface LoadedSkin {
  readonly positions: Float64Array
  readonly normals: Float64Array
  readonly indices: Uint32Array
  /** Four joint indices per vertex (into `extras.joints`). */
  readonly joints: Uint16Array
  /** Four weights per vertex. */
  readonly weights: Float64Array
  readonly extras: SkinExtras
  /** Node names of the skin's joints, in order. */
  readonly jointNames: readonly string[]
  /** Inverse bind matrices, 16 per joint. */
  readonly inverseBind: Float32Array
}

export async function loadSkinFile(path: string): Promise<LoadedSkin> {
  const io = await createIO()
  const doc = await io.readBinary(new Uint8Array(readFileSync(path)))
  const node = doc
    .getRoot()
    .listNodes()
    .find((n) => (n.getExtras() as { anatomyId?: string }).anatomyId === 'skin')
  if (!node) throw new Error(`${path}: no node with extras.anatomyId = skin`)
  const geometry = node.listChildren().find((c) => c.getMesh())
  const prim = geometry?.getMesh()?.listPrimitives()[0]
  const skin = geometry?.getSkin()
  if (!geometry || !prim || !skin) throw new Error(`${path}: the skin node has no skinned mesh child`)
  const read = (semantic: string, size: number, scale = 1): Float64Array => {
    const a = prim.getAttribute(semantic)
    if (!a) throw new Error(`${path}: no ${semantic}`)
    const out = new Float64Array(a.getCount() * size)
    const el: number[] = []
    for (let i = 0; i < a.getCount(); i++) {
      a.getElement(i, el)
      for (let k = 0; k < size; k++) out[i * size + k] = el[k]! * scale
    }
    return out
  }
  const m = geometry.getMatrix()
  if (m.some((v, i) => Math.abs(v - (i % 5 === 0 ? 1 : 0)) > 1e-9)) throw new Error(`${path}: skin mesh node is moved`)
  return {
    positions: read('POSITION', 3, 1000),
    normals: read('NORMAL', 3),
    indices: new Uint32Array(prim.getIndices()!.getArray() as ArrayLike<number>),
    joints: Uint16Array.from(read('JOINTS_0', 4)),
    weights: read('WEIGHTS_0', 4),
    extras: node.getExtras() as unknown as SkinExtras,
    jointNames: skin.listJoints().map((j) => j.getName()),
    inverseBind: new Float32Array(skin.getInverseBindMatrices()!.getArray() as ArrayLike<number>),
  }
}

/** Linear blend skinning of every vertex for a pose (joint matrices from the rig, mm). */
export function poseSkin(skin: LoadedSkin, pose: Pose): Float64Array {
  const D = poseTransforms(pose)
  const mats: Mat4[] = SKIN_JOINTS.map((id) => D[id]!)
  const out = new Float64Array(skin.positions.length)
  for (let v = 0; v < skin.positions.length / 3; v++) {
    const p: Vec3 = [skin.positions[v * 3]!, skin.positions[v * 3 + 1]!, skin.positions[v * 3 + 2]!]
    for (let k = 0; k < 4; k++) {
      const w = skin.weights[v * 4 + k]!
      if (w === 0) continue
      const q = transformPoint(mats[skin.joints[v * 4 + k]!]!, p)
      out[v * 3] = out[v * 3]! + w * q[0]
      out[v * 3 + 1] = out[v * 3 + 1]! + w * q[1]
      out[v * 3 + 2] = out[v * 3 + 2]! + w * q[2]
    }
  }
  return out
}

/** Convex hull perimeter (a tape measure) of 2D points. */
export function hullPerimeter(pts: [number, number][]): number {
  if (pts.length < 3) return 0
  const s = [...pts].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const cross = (o: number[], a: number[], b: number[]) =>
    (a[0]! - o[0]!) * (b[1]! - o[1]!) - (a[1]! - o[1]!) * (b[0]! - o[0]!)
  const half = (list: [number, number][]) => {
    const h: [number, number][] = []
    for (const p of list) {
      while (h.length >= 2 && cross(h[h.length - 2]!, h[h.length - 1]!, p) <= 0) h.pop()
      h.push(p)
    }
    return h
  }
  const hull = [...half(s).slice(0, -1), ...half([...s].reverse()).slice(0, -1)]
  let len = 0
  for (let i = 0; i < hull.length; i++) {
    const a = hull[i]!
    const b = hull[(i + 1) % hull.length]!
    len += Math.hypot(b[0] - a[0], b[1] - a[1])
  }
  return len
}

/**
 * Points where the mesh's edges cross the plane y = h, as (x, z); `keep` selects a part (e.g.
 * the left leg, x > 0).
 */
export function sectionPoints(
  positions: ArrayLike<number>,
  indices: ArrayLike<number>,
  h: number,
  keep: (x: number, z: number) => boolean = () => true,
): [number, number][] {
  const out: [number, number][] = []
  for (let t = 0; t < indices.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = indices[t + e]! * 3
      const b = indices[t + ((e + 1) % 3)]! * 3
      const ya = positions[a + 1]! - h
      const yb = positions[b + 1]! - h
      if (ya < 0 === yb < 0) continue
      const s = ya / (ya - yb)
      const x = positions[a]! + (positions[b]! - positions[a]!) * s
      const z = positions[a + 2]! + (positions[b + 2]! - positions[a + 2]!) * s
      if (keep(x, z)) out.push([x, z])
    }
  }
  return out
}

/** Tape girth of the skin at height h (optionally one part of the section). */
export const girthAt = (skin: LoadedSkin, h: number, keep?: (x: number, z: number) => boolean): number =>
  hullPerimeter(sectionPoints(skin.positions, skin.indices, h, keep))

/** One measured figure beside its range. */
export interface SkinRow {
  readonly id: string
  readonly value: number
  readonly min: number
  readonly max: number
  readonly unit: string
  readonly ok: boolean
  readonly note: string
}

const row = (id: string, value: number, min: number, max: number, unit: string, note: string): SkinRow => ({
  id,
  value,
  min,
  max,
  unit,
  ok: value >= min && value <= max,
  note,
})
const fig = (id: string, value: number, f: BodyFigure, note = f.source.ref): SkinRow =>
  row(id, value, f.min, f.max, f.unit, note)

/** Scan heights in [lo, hi] in `step` mm and return [height, girth] of the extreme girth. */
function extremeGirth(
  skin: LoadedSkin,
  lo: number,
  hi: number,
  pick: 'min' | 'max',
  keep?: (x: number, z: number) => boolean,
  step = 5,
): [number, number] {
  let best: [number, number] = [lo, pick === 'min' ? Infinity : -Infinity]
  for (let h = lo; h <= hi; h += step) {
    const g = girthAt(skin, h, keep)
    if (pick === 'min' ? g < best[1] : g > best[1]) best = [h, g]
  }
  return best
}

const leftLeg = (x: number) => x > 0

/** Circumferences of the skin, in its standing pose. */
export function measureGirths(skin: LoadedSkin): SkinRow[] {
  const knee = kneeCentre('l')
  const ankle = ankleCentre('l')
  const C = SKIN_CIRCUMFERENCES
  const [waistY, waist] = extremeGirth(skin, 160, 300, 'min')
  const [hipY, hips] = extremeGirth(skin, -100, 40, 'max')
  const [calfY, calf] = extremeGirth(skin, knee[1] - 250, knee[1] - 40, 'max', leftLeg)
  const [ankleY, ankleG] = extremeGirth(skin, ankle[1] + 20, ankle[1] + 140, 'min', leftLeg)
  const thighY = -140
  const calfLevel = (knee[1] - calfY) / SHANK_LENGTH
  return [
    fig('waist girth', waist, C.waist, `at y = ${waistY} mm; ${C.waist.source.ref}`),
    fig('hip girth', hips, C.hips, `at y = ${hipY} mm`),
    fig('upper thigh girth (left)', girthAt(skin, thighY, leftLeg), C.upperThigh, `at y = ${thighY} mm`),
    fig(
      'knee girth (left)',
      girthAt(skin, knee[1], leftLeg),
      C.knee,
      `at the knee centre, y = ${knee[1].toFixed(0)} mm`,
    ),
    fig('calf girth (left)', calf, C.calf, `at y = ${calfY.toFixed(0)} mm`),
    row(
      'calf maximum level',
      calfLevel,
      CALF_MAX_LEVEL.min,
      CALF_MAX_LEVEL.max,
      'ratio',
      'share of the shank below the knee',
    ),
    fig('ankle girth (left)', ankleG, C.ankle, `at y = ${ankleY.toFixed(0)} mm`),
  ]
}

/** Depth of soft tissue (nearest skin) over bony landmarks, from the file's landmark table. */
export function measureDepths(skin: LoadedSkin, grid = new TriangleGrid(skin.positions, skin.indices)): SkinRow[] {
  const lm = skin.extras.landmarks
  const D = SOFT_TISSUE_DEPTHS
  const depth = (id: string) => {
    const p = lm[id]
    if (!p) throw new Error(`skin extras: no landmark ${id}`)
    return grid.distance(p, 150)
  }
  const rows: SkinRow[] = []
  for (const l of ['l1', 'l2', 'l3', 'l4', 'l5'])
    rows.push(fig(`${l} spinous tip depth`, depth(`${l}_spinous_tip`), D.spinous))
  for (const s of ['l', 'r']) {
    rows.push(fig(`PSIS ${s} depth`, depth(`psis_${s}`), D.psis))
    rows.push(fig(`ASIS ${s} depth`, depth(`asis_${s}`), D.asis))
    rows.push(fig(`greater trochanter ${s} depth`, depth(`greater_trochanter_tip_${s}`), D.greaterTrochanter))
    rows.push(fig(`lateral epicondyle ${s} depth`, depth(`lateral_epicondyle_${s}`), D.epicondyle))
    rows.push(fig(`medial epicondyle ${s} depth`, depth(`medial_epicondyle_${s}`), D.epicondyle))
  }
  return rows
}

/**
 * Every bone and disc vertex (standing) inside the skin and at least SKIN_MIN_CLEARANCE from
 * it: returns the least clearance (negative if any vertex is outside) and the worst structure.
 */
export function boneClearance(
  skin: LoadedSkin,
  bones: LoadedSkeleton,
  grid = new TriangleGrid(skin.positions, skin.indices),
): { clearance: number; worst: string; outside: number } {
  let clearance = Infinity
  let worst = ''
  let outside = 0
  for (const s of bones.structures.values()) {
    for (let i = 0; i < s.world.length; i += 3) {
      const p: Vec3 = [s.world[i]!, s.world[i + 1]!, s.world[i + 2]!]
      const d = grid.distance(p, 20)
      if (d >= clearance) continue
      const inside = grid.inside(p)
      const c = inside ? d : -d
      if (!inside) outside++
      if (c < clearance) {
        clearance = c
        worst = s.id
      }
    }
  }
  return { clearance, worst, outside }
}

/** Sitting under linear blend skinning: where the feet go, relative to the posed knees and hips. */
export function measureSitting(skin: LoadedSkin, bones?: LoadedSkeleton): SkinRow[] {
  const posed = poseSkin(skin, SITTING)
  const D = poseTransforms(SITTING)
  const rows: SkinRow[] = []
  for (const side of ['l', 'r'] as const) {
    const knee = transformPoint(D[`femur_${side}`]!, kneeCentre(side))
    const hip = transformPoint(D[`femur_${side}`]!, hipCentre(side))
    const ankleY = ankleCentre(side)[1]
    // Centroid of the posed vertices of the ankle cut (rest y within 15 mm of the ankle centre).
    const c = [0, 0, 0]
    let n = 0
    let maxY = -Infinity
    let minZ = Infinity
    for (let v = 0; v < skin.positions.length / 3; v++) {
      if (skin.positions[v * 3 + 1]! > ankleY + 15) continue
      if (skin.positions[v * 3]! > 0 !== (side === 'l')) continue
      for (let k = 0; k < 3; k++) c[k] = c[k]! + posed[v * 3 + k]!
      maxY = Math.max(maxY, posed[v * 3 + 1]!)
      minZ = Math.min(minZ, posed[v * 3 + 2]!)
      n++
    }
    const a = c.map((x) => x / n)
    rows.push(
      row(
        `sitting: ankle ${side} horizontal offset from the knee`,
        Math.hypot(a[0]! - knee[0], a[2]! - knee[2]),
        0,
        30,
        'mm',
        'shank vertical below the posed knee centre',
      ),
      row(
        `sitting: ankle ${side} below the knee`,
        knee[1] - maxY,
        300,
        500,
        'mm',
        'highest ankle-cut vertex below the knee centre',
      ),
      row(
        `sitting: ankle ${side} in front of the hip`,
        minZ - hip[2],
        250,
        600,
        'mm',
        'rearmost ankle-cut vertex ahead of the hip centre',
      ),
    )
  }
  if (bones) {
    // The posed skin stays within 6 cm of the posed bones' box (ankle centres added: no shank bones).
    const lo = [Infinity, Infinity, Infinity]
    const hi = [-Infinity, -Infinity, -Infinity]
    const grow = (p: Vec3) => {
      for (let k = 0; k < 3; k++) {
        lo[k] = Math.min(lo[k]!, p[k]!)
        hi[k] = Math.max(hi[k]!, p[k]!)
      }
    }
    for (const s of bones.structures.values()) {
      const m = D[s.id]!
      for (let i = 0; i < s.world.length; i += 3)
        grow(transformPoint(m, [s.world[i]!, s.world[i + 1]!, s.world[i + 2]!]))
    }
    for (const side of ['l', 'r'] as const) grow(transformPoint(D[`shank_${side}`]!, ankleCentre(side)))
    let worst = 0
    for (let v = 0; v < posed.length; v += 3)
      for (let k = 0; k < 3; k++) worst = Math.max(worst, lo[k]! - posed[v + k]!, posed[v + k]! - hi[k]!)
    rows.push(
      row('sitting: skin beyond the posed bones’ box', worst, -Infinity, 60, 'mm', 'no vertex travels absurdly'),
    )
  }
  return rows
}

/** Everything the generator reports for the skin file. */
export async function measureSkin(path: string, bones: LoadedSkeleton): Promise<SkinRow[]> {
  const skin = await loadSkinFile(path)
  const grid = new TriangleGrid(skin.positions, skin.indices)
  const c = boneClearance(skin, bones, grid)
  return [
    ...measureGirths(skin),
    ...measureDepths(skin, grid),
    row('bone clearance inside the skin', c.clearance, SKIN_MIN_CLEARANCE, Infinity, 'mm', `closest: ${c.worst}`),
    ...measureSitting(skin, bones),
  ]
}

export function formatSkinReport(rows: readonly SkinRow[]): string {
  const lines = ['skin                                               measured      range']
  for (const r of rows) {
    const v = r.unit === 'ratio' ? r.value.toFixed(2) : r.value.toFixed(1)
    const range = `${Number.isFinite(r.min) ? r.min : '−∞'}–${Number.isFinite(r.max) ? r.max : '∞'} ${r.unit}`
    lines.push(`${r.ok ? '  ' : '✗ '}${r.id.padEnd(48)} ${v.padStart(8)}  ${range.padEnd(16)} ${r.note}`)
  }
  return lines.join('\n')
}
