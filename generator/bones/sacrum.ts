/**
 * Sacrum and coccyx as signed distance fields in the PELVIS FRAME (origin midway between the hip
 * centres, +X left, +Y up, +Z forward). Both are single symmetric meshes spanning the midline.
 *
 * The sacrum is swept along a sagittal centreline (a cubic Bézier from the S1 endplate centre,
 * leaving it perpendicular to the endplate, down and back, curving forward to the apex: the sacral
 * curve, concave forwards). Its cross-section is a rounded rectangle whose
 * half-width and anterior/posterior extents are splines of the curve parameter s (0 = S1, 1 = apex):
 * wide alae above, sloping down and forward, tapering to the apex; the back is convex. On that
 * base: a flat S1 body whose superior face is exactly the S1 endplate (SACRAL_BASE, 50 × 36 mm,
 * slope 37°), broad superior articular facets facing back and in, the sacral canal (triangular,
 * continuing the lumbar canal, narrowing downwards and opening behind at the sacral hiatus), four
 * pairs of sacral foramina that go through the bone from front to back, transverse ridges between
 * the fused bodies in front, and behind the median crest (fused spinous tubercles) and the lateral
 * crests outside the posterior foramina.
 */
import { S1_ENDPLATE_DEPTH, S1_ENDPLATE_WIDTH, SACRAL_BASE } from '../../src/anatomy/skeleton'
import type { Vec3 } from '../../src/anatomy/types'
import { add, normalize, scale } from '../../src/anatomy/vec'
import { smoothstep } from '../../src/anatomy/scalar'
import {
  bounded,
  capsule,
  ellipsoid,
  frameFromW,
  roundBox,
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
 * Cubic Bézier control points in (y, z). P1 continues the S1 axis (perpendicular to the endplate)
 * for 80 mm; P3 is the apex, and P2, 60 mm back from it, sets the direction the apex points (down
 * and forward, 55° from vertical). The curve is about 127 mm long along its middle; measured on the
 * mesh, the sacrum is 106.5 mm from promontory to apex in a straight line, and its front is hollow
 * by 22.7 mm behind that chord in the midline (issue 10: 2–3 cm; the earlier curve, 10 mm). The
 * hollow comes from the lower half curving forward, not from moving the sacrum back: the upper half
 * keeps within 3.5 mm of the earlier curve, so the sacroiliac joints, the lumbar spine on S1 and the
 * promontory stay where the hip centre, pelvic tilt and incidence put them (see the report's
 * "promontory behind the ASIS plane" row).
 */
const P0: [number, number] = [E[1], E[2]]
const P1: [number, number] = [E[1] - NE[1] * 80, E[2] - NE[2] * 80]
const APEX_DIR: [number, number] = [-Math.sin((55 * Math.PI) / 180), Math.cos((55 * Math.PI) / 180)]
const P3: [number, number] = [5, -50]
const P2: [number, number] = [P3[0] - APEX_DIR[0] * 60, P3[1] - APEX_DIR[1] * 60]
const bezier = (s: number, k: 0 | 1): number => {
  const u = 1 - s
  return u * u * u * P0[k] + 3 * s * u * u * P1[k] + 3 * s * s * u * P2[k] + s * s * s * P3[k]
}
const bezierSlope = (s: number, k: 0 | 1): number => {
  const u = 1 - s
  return 3 * u * u * (P1[k] - P0[k]) + 6 * s * u * (P2[k] - P1[k]) + 3 * s * s * (P3[k] - P2[k])
}
const bezierCurvature = (s: number, k: 0 | 1): number =>
  6 * (1 - s) * (P2[k] - 2 * P1[k] + P0[k]) + 6 * s * (P3[k] - 2 * P2[k] + P1[k])
const NSEG = 56
const CL: [number, number][] = []
for (let i = 0; i <= NSEG; i++) CL.push([bezier(i / NSEG, 0), bezier(i / NSEG, 1)])
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
  // On the Bézier itself (not the overshoots past either end), refine the polyline's answer to
  // the true nearest point by Newton steps: the nearest segment jumps from one to the next behind
  // each polyline vertex on the convex (posterior) side, which put kinks in the field there, and
  // the kinks showed as bright speckled triangles on the back of S2–S4 (the normals come from the
  // field's gradient).
  if (bs > 0 && bs < 1) {
    let t = bs
    for (let k = 0; k < 4; k++) {
      const dy = bezier(t, 0) - y
      const dz = bezier(t, 1) - z
      const ty = bezierSlope(t, 0)
      const tz = bezierSlope(t, 1)
      const h = ty * ty + tz * tz + dy * bezierCurvature(t, 0) + dz * bezierCurvature(t, 1)
      if (!(h > 0)) break
      t = Math.min(1, Math.max(0, t - (dy * ty + dz * tz) / h))
    }
    const ty = bezierSlope(t, 0)
    const tz = bezierSlope(t, 1)
    bs = t
    ba = ((y - bezier(t, 0)) * tz - (z - bezier(t, 1)) * ty) / Math.hypot(ty, tz)
  }
  const [ya, za] = CL[CL.length - 1]!
  const [yb, zb] = CL[CL.length - 2]!
  const tl = Math.hypot(ya - yb, za - zb)
  const e = ((y - ya) * (ya - yb) + (z - za) * (za - zb)) / tl
  return [bs, ba, e]
}

/** Point on the centreline at s and the anterior unit normal there (3D, x = 0). */
const curvePoint = (s: number): { p: Vec3; ant: Vec3 } => {
  const y = bezier(s, 0)
  const z = bezier(s, 1)
  const ty = bezierSlope(s, 0)
  const tz = bezierSlope(s, 1)
  const l = Math.hypot(ty, tz)
  // tangent points down; the anterior normal is the tangent turned towards +z
  return { p: [0, y, z], ant: [0, tz / l, -ty / l] }
}

// ------------------------------------------------------------------ profiles along s

/** Half-width: alae ≈ 52 mm (sacral width 100–110 mm), tapering to a ~18 mm apex. */
const HALF_W = [47, 50, 47.5, 46, 42, 32, 22, 14, 9]
/** Extent in front of the centreline (the bodies). */
const ANT = [18, 16, 13, 11, 9, 8, 7, 6, 5]
/**
 * Extent behind the centreline (canal, laminae, crest). At S3 (s ≈ 0.55) the canal's roof is the
 * thinnest part of the bone: about 3 mm over a 5.5–6.5 mm deep canal.
 */
const POST = [46, 45, 40, 31, 23, 16, 11, 8, 6]

const roundRect = (x: number, y: number, hx: number, hy: number, r: number): number => {
  const qx = Math.abs(x) - hx + r
  const qy = Math.abs(y) - hy + r
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r
}

/** The swept body at curve coordinates (s, a, e) from {@link curveCoords}. */
const sweep = (x: number, s: number, a: number, e: number): number => {
  const t = s < 0 ? 0 : s
  const w0 = spline1d(HALF_W, t)
  // lateral masses are thinner front-to-back than the midline bodies: shrink the width away from
  // the centre of the section so the outline in superior view is kidney-like, not a slab
  const an = spline1d(ANT, t)
  const po = spline1d(POST, t)
  const ca = (an - po) / 2
  const ha = (an + po) / 2
  const w = w0 - (a > ca ? 6 : 0) * smoothstep(0.3, 1, Math.abs(a - ca) / ha)
  // Rounder in front at the top: the alae's front corners are curved, not square.
  const r = Math.min(ha * 0.75, a > ca ? 9 + 5 * (1 - smoothstep(0.2, 0.45, t)) : 6)
  // A convex back: the posterior surface falls away from the midline by up to 8 mm at the sides.
  const back = 8 * ((x * x) / (w * w)) * smoothstep(ca, ca - ha, a)
  const d = roundRect(x, a - ca, w, ha, r) + back
  return smax(d, e, 5)
}

/** Sacral canal half-width and depth along s: about 30 × 15 mm at S1, narrowing downwards. */
const CANAL_HALF_W = [15, 14, 12.5, 10.5, 8.5, 7, 6, 5, 5]
const CANAL_DEPTH = [15, 13, 11, 9, 6.5, 5.5, 5, 4.5, 4]
/** Where the canal's roof ends and the sacral hiatus opens behind (S4–S5), as a share of s. */
const HIATUS_S = 0.76
/** Curve length, for turning a share of s into millimetres near the apex. */
const CURVE_LENGTH = 127

/**
 * The sacral canal at curve coordinates: triangular (a flat front wall behind the bodies, the
 * sides closing in towards the roof), continuing the lumbar canal through the top and opening
 * behind at the hiatus. An approximate distance; it is only ever subtracted.
 */
const canalAt = (x: number, s: number, a: number): number => {
  const t = s < 0 ? 0 : s > 1 ? 1 : s
  const front = -(spline1d(ANT, t) + 1.5)
  const depth = spline1d(CANAL_DEPTH, t) + 30 * smoothstep(HIATUS_S - 0.04, HIATUS_S + 0.04, s)
  const u = front - a // how far behind the front wall
  const k = u <= 0 ? 0 : u >= depth ? 1 : u / depth
  const w = spline1d(CANAL_HALF_W, t) * (1 - 0.75 * Math.min(k, 0.9))
  const end = (s - 0.93) * CURVE_LENGTH
  // Smooth corners: sharp creases inside the canal make slivers the simplifier cannot close.
  return smax(smax(Math.abs(x) - w, -u, 2.5), smax(u - depth, end, 2.5), 2.5)
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

/** Top of the alae and the posterior S1 arch: below the endplate, sloping down laterally and forward. */
const topCut = (x: number, y: number, z: number): number => {
  const ax = Math.abs(x)
  const forward = Math.max(0, aE(x, y, z))
  return hE(x, y, z) + 4 + 9 * smoothstep(18, 55, ax) + 0.3 * forward * smoothstep(24, 44, ax)
}

/**
 * Superior articular process: a broad plate whose facet faces back and in (towards L5's inferior
 * processes, which sit behind and inside it), rising above the ala behind the canal's opening.
 * The facet face lies where the back of the earlier round post was, so the L5 joint keeps its gap.
 */
const sapOf = (side: 1 | -1): Sdf => {
  const base: Vec3 = add(add(E, scale(AE, -36)), [side * 17, 0, 0])
  const facing = normalize(add(scale(AE, -1), [-side * 0.7, 0, 0]))
  const centre = add(add(base, scale(facing, 3)), scale(NE, 3))
  const plate = roundBox(centre, [8, 8.5, 3.4], 3.2, frameFromW(facing, NE))
  // A shallow hollow in the facet (it cups L5's convex inferior facet).
  const cup = sphere(add(centre, scale(facing, 17)), 15)
  return (x, y, z) => ssub(plate(x, y, z), cup(x, y, z), 1.5)
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

/**
 * Sacral foramina (four pairs): channels through the bone from the anterior foramina (wider) to
 * the posterior ones (narrower), as in the real bone, where both open into the canal's side.
 */
const FORAMEN_S = [0.2, 0.37, 0.53, 0.67]
const foramenX = (s: number): number => 0.3 * spline1d(HALF_W, s) + 8
const foramina: Sdf[] = []
for (const s of FORAMEN_S) {
  const { p, ant } = curvePoint(s)
  const an = spline1d(ANT, s)
  const po = spline1d(POST, s)
  const r = 6 - 2.6 * s
  // Halfway between the bone's own front-to-back and the body's: the openings face forward, so
  // from the front they read as holes into the bone, not as the lit walls of a slanted tunnel.
  const dir = normalize(add(ant, [0, 0, 1]))
  for (const side of [1, -1]) {
    const c = add(p, [side * foramenX(s), 0, 0])
    foramina.push(roundCone(add(c, scale(dir, an + 8)), add(c, scale(dir, -po - 8)), r, r * 0.62))
  }
}

/** Lateral sacral crests: a row of low tubercles outside the posterior foramina (fused transverse processes). */
const lateralCrests: Sdf[] = [1, -1].map((side) => {
  const S = [0.14, 0.3, 0.46, 0.6, 0.72]
  return tube(
    S.map((s) => {
      const { p, ant } = curvePoint(s)
      const x = foramenX(s) + 10
      const w = spline1d(HALF_W, s)
      const back = spline1d(POST, s) - 8 * ((x * x) / (w * w)) - 1.5
      return add(add(p, scale(ant, -back)), [side * x, 0, 0])
    }),
    [3.6, 3.4, 3.1, 2.7, 2.2],
    3,
  )
})
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
    const [s, a, e] = curveCoords(y, z)
    let d = smax(sweep(x, s, a, e), topCut(x, y, z), 6)
    d = smin(d, s1Body(x, y, z), 5)
    d = smin(d, crest(x, y, z), 4)
    for (const c of lateralCrests) d = smin(d, c(x, y, z), 3)
    for (const r of ridges) d = smin(d, r(x, y, z), 3)
    d = smin(d, sapL(x, y, z), 6)
    d = smin(d, sapR(x, y, z), 6)
    if (d > 8) return d
    d = ssub(d, canalAt(x, s, a), 2.5)
    for (const f of foramina) d = ssub(d, f(x, y, z), 3)
    return d
  },
  [0, 62, -52],
  95,
  12,
)

/** The sacrum SDF (symmetric about x = 0). */
export const sacrumSdf: Sdf = sacrumCore

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
 * Coccyx: four fused segments, each smaller, continuing the sacral curve below the apex and
 * turning downwards; the first touches the apex (the sacrococcygeal joint is a thin disc) and
 * carries small transverse processes and cornua. Segments are wide ellipsoids blended generously,
 * so the coccyx reads as one tapering bone, not a row of beads.
 */
const APEX = curvePoint(1)
/** Directions of travel from segment to segment, (y, z): from 42° off vertical below the apex (which points 55° off it) to 12°. */
const COCCYX_TURN = [42, 28, 18, 12].map((deg): [number, number] => [
  -Math.cos((deg * Math.PI) / 180),
  Math.sin((deg * Math.PI) / 180),
])
/** Segment semi-axes: width, front-to-back, length along the curve. */
const COCCYX_SIZE: Vec3[] = [
  [11, 5.5, 6.5],
  [8, 4.6, 5.5],
  [6, 4, 4.8],
  [4, 3.4, 4],
]
const COCCYX_SEG: { c: Vec3; r: Vec3; w: Vec3 }[] = []
{
  // The first segment's top is 0.5 mm into the apex, so the two meshes meet without a gap.
  let at: [number, number] = [APEX.p[1], APEX.p[2]]
  let prevHalf = 0.5
  COCCYX_SIZE.forEach((r, i) => {
    const d = COCCYX_TURN[i]!
    const step = i === 0 ? r[2] - prevHalf : prevHalf + r[2] - 1.5
    at = [at[0] + d[0] * step, at[1] + d[1] * step]
    COCCYX_SEG.push({ c: [0, at[0], at[1]], r, w: [0, d[0], d[1]] })
    prevHalf = r[2]
  })
}
const LAST = COCCYX_SEG[COCCYX_SEG.length - 1]!
export const COCCYX_TIP: Vec3 = add(LAST.c, scale(LAST.w, LAST.r[2] - 0.5))
const coccyxParts: Sdf[] = COCCYX_SEG.map(({ c, r, w }) => ellipsoid(c, [r[0], r[1], r[2]], frameFromW(w, [0, 0, 1])))
const FIRST = COCCYX_SEG[0]!
/** Cornua: two small horns rising from the back of the first segment towards the sacral cornua. */
const cornua = [1, -1].map((s) => {
  const base = add(add(FIRST.c, [s * 5, 0, 0]), scale(APEX.ant, -3.5))
  return roundCone(base, add(add(base, scale(FIRST.w, -5)), [s, 0, 0]), 2.6, 1.8)
})
const coccyxTransverse = capsule(add(FIRST.c, [-11, 0, 0]), add(FIRST.c, [11, 0, 0]), 2.6)

/** The coccyx SDF. */
export const coccyxSdf: Sdf = (x, y, z) => {
  let d = Infinity
  for (const f of coccyxParts) d = smin(d, f(x, y, z), 8)
  d = smin(d, coccyxTransverse(x, y, z), 3)
  for (const f of cornua) d = smin(d, f(x, y, z), 2)
  return d
}

/** Coccyx: small, tapering, curving forward, below the sacral apex. */
export function coccyxShape(): StructureShape {
  return {
    id: 'coccyx',
    sdf: coccyxSdf,
    bounds: { min: [-18, -40, -75], max: [18, 30, -20] },
    edgeLength: 1,
    targetTriangles: 2000,
    landmarks: { coccyx_tip: COCCYX_TIP },
  }
}
