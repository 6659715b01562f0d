/**
 * Sacrum and coccyx as signed distance fields in the PELVIS FRAME (origin midway between the hip
 * centres, +X left, +Y up, +Z forward). Both are single symmetric meshes spanning the midline.
 *
 * The sacrum is swept along a sagittal centreline (a quadratic Bézier from the S1 endplate centre,
 * leaving it perpendicular to the endplate, down and back, curving forward to the apex: the sacral
 * curve, concave forwards). Its cross-section is a rounded rectangle whose half-width and
 * anterior/posterior extents are splines of the curve parameter s (0 = S1, 1 = apex): wide alae
 * above, tapering to the apex. On that base: a flat S1 body whose superior face is exactly the S1
 * endplate (SACRAL_BASE, 50 × 36 mm, slope 37°), the canal opening and superior articular processes
 * behind it, a median sacral crest, four pairs of anterior sacral foramina (dimples) with transverse
 * ridges between them.
 */
import { S1_ENDPLATE_DEPTH, S1_ENDPLATE_WIDTH, SACRAL_BASE } from '../../src/anatomy/skeleton'
import type { Vec3 } from '../../src/anatomy/types'
import { add, scale } from '../../src/anatomy/vec'
import { smoothstep } from '../../src/anatomy/scalar'
import {
  bounded,
  capsule,
  ellipsoid,
  frameFromW,
  roundCone,
  smax,
  smin,
  sphere,
  spline1d,
  ssub,
  type Sdf,
} from '../sdf/primitives'
import { ellipse2d, tube } from '../sdf/pelvisPrimitives'
import type { StructureShape } from './types'

const SLOPE = (SACRAL_BASE.slopeDeg * Math.PI) / 180
/** S1 endplate centre and its normal (up and forward, tilted by the sacral slope). */
const E: Vec3 = SACRAL_BASE.centre
const NE: Vec3 = [0, Math.cos(SLOPE), Math.sin(SLOPE)]
/** Anterior direction within the endplate plane. */
const AE: Vec3 = [0, -Math.sin(SLOPE), Math.cos(SLOPE)]
const HALF_DEPTH = S1_ENDPLATE_DEPTH / 2
const HALF_WIDTH = S1_ENDPLATE_WIDTH / 2

/** The promontory: anterior edge of the S1 endplate. */
export const SACRAL_PROMONTORY: Vec3 = add(E, scale(AE, HALF_DEPTH))
export const S1_ENDPLATE_POSTERIOR: Vec3 = add(E, scale(AE, -HALF_DEPTH))

// ------------------------------------------------------------------ centreline (sagittal, y-z)

/**
 * Bézier control points in (y, z). P1 continues the S1 axis (perpendicular to the endplate); P2 is
 * the apex. Chord ≈ 112 mm from the endplate centre, so the anterior length from promontory to apex
 * is ≈ 105 mm (adult sacrum 100–110 mm, anatomy brief).
 */
const P0: [number, number] = [E[1], E[2]]
const P1: [number, number] = [E[1] - NE[1] * 66, E[2] - NE[2] * 66]
const P2: [number, number] = [12, -68]
const NSEG = 56
const CL: [number, number][] = []
for (let i = 0; i <= NSEG; i++) {
  const s = i / NSEG
  const a = (1 - s) * (1 - s)
  const b = 2 * s * (1 - s)
  const c = s * s
  CL.push([a * P0[0] + b * P1[0] + c * P2[0], a * P0[1] + b * P1[1] + c * P2[1]])
}
// extend 30 mm above the endplate along the S1 axis so the top is shaped by explicit cuts only
CL.unshift([E[1] + NE[1] * 30, E[2] + NE[2] * 30])
const S_OF = (i: number, f: number): number => (i - 1 + f) / NSEG

/** Curvilinear coordinates of (y, z): s along the curve, a = signed offset (+ anterior), e = overshoot past the apex. */
const curveCoords = (y: number, z: number): [number, number, number] => {
  let best = Infinity
  let bs = 0
  let ba = 0
  for (let i = 0; i + 1 < CL.length; i++) {
    const [y0, z0] = CL[i]!
    const [y1, z1] = CL[i + 1]!
    const ty = y1 - y0
    const tz = z1 - z0
    const l2 = ty * ty + tz * tz
    const fu = ((y - y0) * ty + (z - z0) * tz) / l2
    const f = fu < 0 ? 0 : fu > 1 ? 1 : fu
    const dy = y - (y0 + ty * f)
    const dz = z - (z0 + tz * f)
    const d2 = dy * dy + dz * dz
    if (d2 < best) {
      best = d2
      // unclamped parameter: on the convex side s keeps varying past a vertex (no flat wedges = no stripes)
      bs = S_OF(i, fu)
      const l = Math.sqrt(l2)
      // anterior normal = tangent rotated: (ty, tz) → (tz, −ty)·(−1) ⇒ (−tz, ty)/l … points forward
      ba = (dy * -tz + dz * ty) / l
      ba = -ba
    }
  }
  const [ya, za] = CL[CL.length - 1]!
  const [yb, zb] = CL[CL.length - 2]!
  const tl = Math.hypot(ya - yb, za - zb)
  const e = ((y - ya) * (ya - yb) + (z - za) * (za - zb)) / tl
  return [bs, ba, e]
}

/** Point on the centreline at s and the anterior unit normal there (3D, x = 0). */
const curvePoint = (s: number): { p: Vec3; ant: Vec3 } => {
  const a = (1 - s) * (1 - s)
  const b = 2 * s * (1 - s)
  const c = s * s
  const y = a * P0[0] + b * P1[0] + c * P2[0]
  const z = a * P0[1] + b * P1[1] + c * P2[1]
  const ty = 2 * (1 - s) * (P1[0] - P0[0]) + 2 * s * (P2[0] - P1[0])
  const tz = 2 * (1 - s) * (P1[1] - P0[1]) + 2 * s * (P2[1] - P1[1])
  const l = Math.hypot(ty, tz)
  // tangent points down; the anterior normal is the tangent turned towards +z
  return { p: [0, y, z], ant: [0, tz / l, -ty / l] }
}

// ------------------------------------------------------------------ profiles along s

/** Half-width: alae ≈ 52 mm (sacral width 100–110 mm), tapering to a ~18 mm apex. */
const HALF_W = [47, 50, 47.5, 46, 42, 32, 22, 14, 9]
/** Extent in front of the centreline (the bodies). */
const ANT = [18, 16, 13, 11, 9, 8, 7, 6, 5]
/** Extent behind the centreline (canal, laminae, crest). */
const POST = [46, 45, 40, 31, 22, 15, 11, 8, 6]

const roundRect = (x: number, y: number, hx: number, hy: number, r: number): number => {
  const qx = Math.abs(x) - hx + r
  const qy = Math.abs(y) - hy + r
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r
}

const sweep: Sdf = (x, y, z) => {
  const [s, a, e] = curveCoords(y, z)
  const t = s < 0 ? 0 : s
  const w0 = spline1d(HALF_W, t)
  // lateral masses are thinner front-to-back than the midline bodies: shrink the width away from
  // the centre of the section so the outline in superior view is kidney-like, not a slab
  const an = spline1d(ANT, t)
  const po = spline1d(POST, t)
  const ca = (an - po) / 2
  const ha = (an + po) / 2
  const w = w0 - (a > ca ? 6 : 0) * smoothstep(0.3, 1, Math.abs(a - ca) / ha)
  const r = Math.min(ha * 0.7, a > ca ? 9 : 6)
  const d = roundRect(x, a - ca, w, ha, r)
  return smax(d, e, 5)
}

/** Height above the S1 endplate plane. */
const hE = (x: number, y: number, z: number): number => (x - E[0]) * NE[0] + (y - E[1]) * NE[1] + (z - E[2]) * NE[2]
const aE = (x: number, y: number, z: number): number => (x - E[0]) * AE[0] + (y - E[1]) * AE[1] + (z - E[2]) * AE[2]

/** S1 body: an oval whose top face is exactly the endplate. */
const s1Body: Sdf = (x, y, z) => {
  const h = hE(x, y, z)
  const oval = ellipse2d(x, aE(x, y, z), HALF_WIDTH, HALF_DEPTH)
  return smax(smax(oval, h, 2.5), -h - 26, 4)
}

/** Top of the alae and the posterior S1 arch: below the endplate, sloping down laterally. */
const topCut = (x: number, y: number, z: number): number => {
  const ax = Math.abs(x)
  return hE(x, y, z) + 4 + 9 * smoothstep(18, 55, ax)
}

const canal = roundCone(add(add(E, scale(AE, -31)), scale(NE, 6)), add(add(E, scale(AE, -34)), scale(NE, -22)), 10, 6)

const sapOf = (side: 1 | -1): Sdf => {
  const base: Vec3 = add(add(E, scale(AE, -36)), [side * 17, 0, 0])
  const tip: Vec3 = add(add(base, scale(NE, 9)), [side * 2, 0, 0])
  return roundCone(add(base, scale(NE, -4)), tip, 7, 5.5)
}
const sapL = sapOf(1)
const sapR = sapOf(-1)

/** Median sacral crest: spinous tubercles along the posterior midline. */
const CREST_S = [0.08, 0.2, 0.32, 0.44, 0.56, 0.66]
const crest = tube(
  CREST_S.map((s) => {
    const { p, ant } = curvePoint(s)
    const po = spline1d(POST, s)
    return add(p, scale(ant, -(po - 2)))
  }),
  [4.5, 5, 4, 4.5, 3.5, 3],
  4,
)

/** Anterior sacral foramina (four pairs) as dimples, and the transverse ridges between the fused bodies. */
const FORAMEN_S = [0.2, 0.37, 0.53, 0.67]
const foramina: Sdf[] = []
for (const s of FORAMEN_S) {
  const { p, ant } = curvePoint(s)
  const an = spline1d(ANT, s)
  const hw = spline1d(HALF_W, s)
  const r = 7 - 3 * s
  for (const side of [1, -1]) {
    const c = add(add(p, scale(ant, an - 0.5)), [side * (0.3 * hw + 8), 0, 0])
    foramina.push(sphere(c, r))
  }
}
const RIDGE_S = [0.29, 0.45, 0.6]
const ridges: Sdf[] = RIDGE_S.map((s) => {
  const { p, ant } = curvePoint(s)
  const an = spline1d(ANT, s)
  const c = add(p, scale(ant, an - 1.5))
  const hw = 0.3 * spline1d(HALF_W, s) + 1
  return capsule([hw, c[1], c[2]], [-hw, c[1], c[2]], 1.8)
})

const sacrumCore = bounded(
  (x, y, z) => {
    let d = smax(sweep(x, y, z), topCut(x, y, z), 6)
    d = smin(d, s1Body(x, y, z), 5)
    d = smin(d, crest(x, y, z), 4)
    for (const r of ridges) d = smin(d, r(x, y, z), 3)
    d = smin(d, sapL(x, y, z), 5)
    d = smin(d, sapR(x, y, z), 5)
    return d
  },
  [0, 62, -52],
  95,
  12,
)

/** The sacrum SDF (symmetric about x = 0). */
export const sacrumSdf: Sdf = (x, y, z) => {
  let d = sacrumCore(x, y, z)
  if (d > 8) return d
  d = ssub(d, canal(x, y, z), 4)
  for (const f of foramina) d = ssub(d, f(x, y, z), 3)
  return d
}

const ALA_N_MIN = 0.35

/** Iliacus origin on the anterior-superior surface of each ala. */
const sacrumRegion = (p: Vec3, n: Vec3): string | null => {
  const ax = Math.abs(p[0])
  if (ax < HALF_WIDTH + 3) return null
  const up = n[1] * NE[1] + n[2] * NE[2]
  if (up < ALA_N_MIN || n[2] < -0.2) return null
  if (hE(p[0], p[1], p[2]) < -30) return null
  return p[0] > 0 ? 'iliacus_origin_sacral_ala_l' : 'iliacus_origin_sacral_ala_r'
}

/** Sacrum: one symmetric mesh with the S1 endplate, alae, SI surfaces, foramina and crest. */
export function sacrumShape(): StructureShape {
  return {
    id: 'sacrum',
    sdf: sacrumSdf,
    bounds: { min: [-62, 4, -112], max: [62, 150, 4] },
    edgeLength: 1.5,
    targetTriangles: 16000,
    landmarks: {
      sacral_promontory: SACRAL_PROMONTORY,
      s1_endplate_posterior: S1_ENDPLATE_POSTERIOR,
    },
    region: sacrumRegion,
  }
}

// ------------------------------------------------------------------ coccyx

/**
 * Coccyx: four fused segments, each smaller, continuing the sacral curve forwards below the apex
 * with a ~2 mm gap (the sacrococcygeal joint). The first segment carries small transverse
 * processes and cornua.
 */
const APEX = curvePoint(1)
const COCCYX_SEG: { c: Vec3; r: Vec3 }[] = [
  { c: [0, 3.5, -68.5], r: [11, 5.5, 7.5] },
  { c: [0, -8, -67], r: [8, 4.6, 6] },
  { c: [0, -18, -63.5], r: [6, 4, 5.2] },
  { c: [0, -26, -58.5], r: [4, 3.4, 4.5] },
]
export const COCCYX_TIP: Vec3 = [0, -30, -56]
const coccyxParts: Sdf[] = COCCYX_SEG.map(({ c, r }, i) => {
  const next = COCCYX_SEG[i + 1]?.c ?? COCCYX_TIP
  const prev = COCCYX_SEG[i - 1]?.c ?? [0, APEX.p[1], APEX.p[2]]
  const w: Vec3 = [0, next[1] - prev[1], next[2] - prev[2]]
  // local frame: w along the curve; ellipsoid semi-axes (width, AP, length)
  return ellipsoid(c, [r[0], r[1], r[2]], frameFromW(w, [0, 0, 1]))
})
const cornua = [1, -1].map((s) => roundCone([s * 5, 6, -72], [s * 6, 10.5, -74], 2.6, 1.8))
const coccyxTransverse = capsule([-11, 4, -68.5], [11, 4, -68.5], 2.6)

/** The coccyx SDF. */
export const coccyxSdf: Sdf = (x, y, z) => {
  let d = Infinity
  for (const f of coccyxParts) d = smin(d, f(x, y, z), 6)
  d = smin(d, coccyxTransverse(x, y, z), 3)
  for (const f of cornua) d = smin(d, f(x, y, z), 2)
  return d
}

/** Coccyx: small, tapering, curving forward, below the sacral apex. */
export function coccyxShape(): StructureShape {
  return {
    id: 'coccyx',
    sdf: coccyxSdf,
    bounds: { min: [-18, -38, -84], max: [18, 18, -48] },
    edgeLength: 1,
    targetTriangles: 2000,
    landmarks: { coccyx_tip: COCCYX_TIP },
  }
}
