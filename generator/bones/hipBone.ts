/**
 * Left hip bone (os coxae) as a signed distance field, in the PELVIS FRAME: origin midway between
 * the hip centres, left acetabulum centre at [80, 0, 0], +X left, +Y up, +Z forward, anterior
 * pelvic plane vertical.
 *
 * Construction (see /work/shared/GEOMETRY.md §2):
 * - ilium: one curved plate. Its outline is a Catmull-Rom curve through anatomical points (crest,
 *   spines, greater sciatic notch) given in 3D and projected into a wing frame; its mid-surface is a
 *   smooth r³ height field through the same points plus a lateral bowl, so the inner side (iliac
 *   fossa) is concave. Thickness is a smooth field: thin in the fossa, thick at the crest, the
 *   posterior (auricular/tuberosity) part and above the acetabulum.
 * - acetabulum: a thick cup, socket sphere smooth-subtracted, deeper fossa and inferior notch cut
 *   so the lunate surface is a horseshoe. Its pelvic side is filled out and cut to one plane (the
 *   quadrilateral plate) instead of bulging into the pelvis as a dome.
 * - crest: an S from above, with the iliac tubercle on its outer lip; the AIIS is a bump of its own;
 *   the auricular surface is a flat-topped, slightly raised ear.
 * - pubis and ischium: round-cone chains (the rami flattened into bars) and ellipsoids; the pubic
 *   body ends in a flat symphyseal face 1.9 mm from the midline; obturator foramen guaranteed by
 *   an explicit smooth-subtracted elliptic cylinder (genus 1) inside a flat band of bone, so the
 *   hole is the cutter's oval.
 * Detail figures are measured in generator/measure/measureHipDetail.ts (HIP_BONE_RANGES).
 */
import { PELVIS_TARGETS } from '../../src/anatomy/skeleton'
import type { Vec3 } from '../../src/anatomy/types'
import { add, cross, dot, normalize, scale, sub } from '../../src/anatomy/vec'
import { smoothstep } from '../../src/anatomy/scalar'
import {
  bounded,
  ellipsoid,
  ellipticCylinder,
  frameFromW,
  polygon2d,
  roundBox,
  roundCone,
  smax,
  smin,
  sphere,
  ssub,
  toLocal,
  type Frame,
  type Sdf,
} from '../sdf/primitives'
import { catmullRomClosed, catmullRomOpen, ellipse2d, rbfSurface, ridge2d, tube } from '../sdf/pelvisPrimitives'
import { flattened, halfSpace } from '../sdf/hipPrimitives'
import { sacrumSdf } from './sacrum'
import type { StructureShape } from './types'

const T = PELVIS_TARGETS

/** Acetabulum centre = left hip centre. */
export const ACETABULUM_CENTRE: Vec3 = [80, 0, 0]
/**
 * Socket radius: dry-bone acetabular diameter 49–51 mm (anatomy-facts §1.2: 48.98 ± 2.91 mm, 104
 * dry bones; M 51.3 ± 4 mm).
 */
const SOCKET_R = 25.5
const deg = Math.PI / 180
/**
 * Acetabular axis (opening direction): radiographic inclination 50° from the vertical in the
 * coronal plane, anteversion 19° out of the coronal plane (anatomy-facts §1.2: M 19 ± 3° CT;
 * radiographic inclination 48.8 ± 14.4°).
 */
const INCL = 50 * deg
const ANTEV = 19 * deg
export const ACETABULAR_AXIS: Vec3 = [
  Math.sin(INCL) * Math.cos(ANTEV),
  -Math.cos(INCL) * Math.cos(ANTEV),
  Math.sin(ANTEV),
]

// ---------------------------------------------------------------- ilium (wing plate)

/** Wing frame: w points out of the gluteal (lateral) surface; u forward, v up, in the wing plane. */
const WING_W = normalize([0.74, -0.47, -0.48])
const WING_O: Vec3 = [95, 85, -30]
const wingFrame = (): Frame => {
  const w = WING_W
  const fwd = normalize(sub(T.asis, T.psis))
  const u = normalize(sub(fwd, scale(w, dot(fwd, w))))
  let v = cross(w, u)
  if (v[1] < 0) v = scale(v, -1)
  return { u, v, w }
}
const WF = wingFrame()

/** Outline of the ilium, going forward along the crest, down the posterior border, round the body. */
const CREST_PTS: Vec3[] = [
  T.asis,
  [129, 96, 32],
  [139, 121, 8],
  [134, 141, -13],
  T.iliacCrestTop,
  // behind the top the crest turns medially (concave outward) before it runs back to the PSIS,
  // so from above it reads as an S; the iliolumbar end (z < −65) stays where the iliacus arises
  [97, 145, -50],
  [84, 136, -70],
  [61, 118, -89],
  T.psis,
]
const N_CREST = CREST_PTS.length
const POSTERIOR_PTS: Vec3[] = [
  [42, 77, -100], // between PSIS and PIIS (shallow notch)
  [46, 64, -94], // PIIS
  [55, 50, -76], // greater sciatic notch, upper limb
  [64, 38, -52],
  [70, 25, -34], // apex of the notch
  [73, 12, -26],
]
const BODY_PTS: Vec3[] = [
  [76, 0, -20], // inside the acetabular mass
  [88, 8, 10],
]
const ANTERIOR_PTS: Vec3[] = [
  [95, 24, 27],
  T.aiis,
  [106, 52, 38], // notch between AIIS and ASIS
]
const OUTLINE_3D: Vec3[] = [...CREST_PTS, ...POSTERIOR_PTS, ...BODY_PTS, ...ANTERIOR_PTS]

const toWing = (p: Vec3): Vec3 => toLocal(WF, p[0] - WING_O[0], p[1] - WING_O[1], p[2] - WING_O[2])
const OUTLINE_UVH = OUTLINE_3D.map(toWing)
const SPAN = 8
const OUTLINE_2D = catmullRomClosed(
  OUTLINE_UVH.map((p) => [p[0], p[1]] as const),
  SPAN,
)
const outline = polygon2d(OUTLINE_2D)

/**
 * Depth of the lateral bowl (mm): with the wing's own curvature it sets the iliac fossa's depth
 * below its rim, measured at 7–13 mm in real bones (HIP_BONE_RANGES.iliacFossaDepth).
 */
const BOWL_DEPTH = 6
/** Lateral bowl of the wing: the inner side (iliac fossa) becomes concave. */
const FOSSA_C = toWing([108, 100, -12])
const bowl = (u: number, v: number): [number, number, number] => {
  const su = 42
  const sv = 36
  const du = (u - FOSSA_C[0]) / su
  const dv = (v - FOSSA_C[1]) / sv
  const A = BOWL_DEPTH
  const g = A * Math.exp(-(du * du + dv * dv))
  return [g, (-2 * du * g) / su, (-2 * dv * g) / sv]
}
// Control heights: outline points exactly (minus the bowl, so the sum interpolates them), plus a
// few interior points that shape the body above the acetabulum and the posterior part.
const INTERIOR_3D: Vec3[] = [
  [86, 40, -10],
  [66, 70, -70],
]
const rbf = rbfSurface(
  [...OUTLINE_UVH, ...INTERIOR_3D.map(toWing)].map((p) => {
    const b = bowl(p[0], p[1])[0]
    return [p[0], p[1], p[2] - b] as const
  }),
)
const mid = (u: number, v: number): [number, number, number] => {
  const [h, gu, gv] = rbf(u, v)
  const [b, bu, bv] = bowl(u, v)
  return [h + b, gu + bu, gv + bv]
}

const ACE_UV = toWing([80, 22, -8])
const POST_UV = toWing([54, 78, -82])
/** Half-thickness: smooth field (Gaussians / smoothstep only — kinks would show as shading lines). */
const halfThickness = (u: number, v: number, o: number): number => {
  const rim = 3.2 * Math.exp(-((o / 7) ** 2))
  const da = ((u - ACE_UV[0]) ** 2 + (v - ACE_UV[1]) ** 2) / (38 * 38)
  const dp = ((u - POST_UV[0]) ** 2 + (v - POST_UV[1]) ** 2) / (30 * 30)
  return 2.4 + rim + 9 * Math.exp(-da) + 7 * Math.exp(-dp)
}

/**
 * The gluteal lines: three low curved ridges on the outer (gluteal) surface of the wing, where the
 * gluteal muscles' areas meet. Guide points in 3D, read off the wing plane like the outline:
 * - posterior: from the crest about 5 cm in front of the PSIS, down to the upper end of the
 *   greater sciatic notch (gluteus maximus arises behind it);
 * - anterior: from the crest near the iliac tubercle, arching back across the wing to the upper
 *   limb of the notch (gluteus medius between it and the posterior line);
 * - inferior: from above the AIIS, curving back above the acetabulum to the notch's apex (gluteus
 *   minimus between it and the anterior line).
 * Faint, as on real bone: 0.8 mm high, about 5 mm across. Their courses are standard osteology
 * (Gray's Anatomy, the gluteal surface of the ilium); the guide points are design values on our wing.
 */
const GLUTEAL_LINES_3D: readonly (readonly Vec3[])[] = [
  [
    [86, 137, -68],
    [70, 106, -80],
    [58, 78, -86],
  ],
  [
    [137, 124, 2],
    [124, 116, -24],
    [104, 98, -46],
    [84, 76, -58],
    [66, 52, -60],
  ],
  [
    [103, 50, 26],
    [96, 46, 4],
    [86, 40, -18],
    [76, 34, -36],
  ],
]
const GLUTEAL_RIDGES = GLUTEAL_LINES_3D.map((pts) =>
  ridge2d(
    catmullRomOpen(
      pts.map((p) => {
        const [u, v] = toWing(p)
        return [u, v] as const
      }),
      8,
    ),
    0.8,
    2.5,
    12,
  ),
)
/** How far the gluteal lines raise the outer surface at (u, v) of the wing, mm. */
const glutealRidge = (u: number, v: number): number => Math.max(...GLUTEAL_RIDGES.map((r) => r(u, v)))

/** Numbers per point of the wing's table (`GRID`): its five fields. */
const STRIDE = 5
/**
 * The wing's 2D fields (outline distance, mid-surface height, slope factor, half-thickness, and the
 * gluteal lines' rise on the outer surface) are tabulated once on a 1 mm (u, v) grid and read back
 * bilinearly: the exact outline distance over ~80 segments plus the r³ sum cost ~5 µs per call,
 * the table ~0.1 µs. The fields are smooth, so the interpolation error (< 0.05 mm) does not show.
 */
const GRID = (() => {
  let u0 = Infinity
  let u1 = -Infinity
  let v0 = Infinity
  let v1 = -Infinity
  for (const [u, v] of OUTLINE_2D) {
    u0 = Math.min(u0, u)
    u1 = Math.max(u1, u)
    v0 = Math.min(v0, v)
    v1 = Math.max(v1, v)
  }
  const M = 44
  u0 = Math.floor(u0 - M)
  v0 = Math.floor(v0 - M)
  const nu = Math.ceil(u1 + M - u0) + 1
  const nv = Math.ceil(v1 + M - v0) + 1
  const data = new Float32Array(nu * nv * STRIDE)
  for (let j = 0; j < nv; j++) {
    for (let i = 0; i < nu; i++) {
      const u = u0 + i
      const v = v0 + j
      const o = outline(u, v)
      const [m, gu, gv] = mid(u, v)
      const k = (j * nu + i) * STRIDE
      data[k] = o
      data[k + 1] = m
      data[k + 2] = 1 / Math.sqrt(1 + gu * gu + gv * gv)
      data[k + 3] = halfThickness(u, v, o)
      data[k + 4] = glutealRidge(u, v)
    }
  }
  return { u0, v0, nu, nv, data }
})()

const wing: Sdf = (x, y, z) => {
  const [u, v, h] = toLocal(WF, x - WING_O[0], y - WING_O[1], z - WING_O[2])
  const fu = u - GRID.u0
  const fv = v - GRID.v0
  if (fu < 0 || fv < 0 || fu >= GRID.nu - 1 || fv >= GRID.nv - 1) {
    // outside the table: at least the table margin away from the outline
    const du = Math.max(-fu, fu - (GRID.nu - 1), 0)
    const dv = Math.max(-fv, fv - (GRID.nv - 1), 0)
    return 40 + Math.hypot(du, dv)
  }
  const i = Math.floor(fu)
  const j = Math.floor(fv)
  const a = fu - i
  const b = fv - j
  const D = GRID.data
  const k00 = (j * GRID.nu + i) * STRIDE
  const k10 = k00 + STRIDE
  const k01 = k00 + GRID.nu * STRIDE
  const k11 = k01 + STRIDE
  const w00 = (1 - a) * (1 - b)
  const w10 = a * (1 - b)
  const w01 = (1 - a) * b
  const w11 = a * b
  const o = w00 * D[k00]! + w10 * D[k10]! + w01 * D[k01]! + w11 * D[k11]!
  if (o > 40) return o - 16
  const m = w00 * D[k00 + 1]! + w10 * D[k10 + 1]! + w01 * D[k01 + 1]! + w11 * D[k11 + 1]!
  const s = w00 * D[k00 + 2]! + w10 * D[k10 + 2]! + w01 * D[k01 + 2]! + w11 * D[k11 + 2]!
  const hh = (h - m) * s
  // The gluteal lines stand on the outer face only (hh > 0 is the gluteal side of the plate).
  const ridge = w00 * D[k00 + 4]! + w10 * D[k10 + 4]! + w01 * D[k01 + 4]! + w11 * D[k11 + 4]!
  const t =
    w00 * D[k00 + 3]! + w10 * D[k10 + 3]! + w01 * D[k01 + 3]! + w11 * D[k11 + 3]! + ridge * smoothstep(-1, 1, hh)
  const q = o + t
  return q > 0 ? Math.hypot(q, hh) - t : Math.abs(hh) - t
}

// ---------------------------------------------------------------- acetabulum

const C = ACETABULUM_CENTRE
const N = ACETABULAR_AXIS
/** Inferior direction within the rim plane (towards the acetabular notch). */
const E_INF = normalize(sub([0, -1, 0], scale(N, dot([0, -1, 0], N))))
const cupOuter = sphere(add(C, scale(N, -6)), 34.5)
const socket = sphere(C, SOCKET_R)
/** Acetabular fossa: the non-articular floor, centred below the pole, 2.5 mm deeper than the lunate surface. */
const fossa = sphere(add(add(C, scale(N, -10)), scale(E_INF, 10)), 18)
/** Acetabular notch: gap in the inferior rim. */
const notch = roundCone(add(add(C, scale(E_INF, 20)), scale(N, -6)), add(add(C, scale(E_INF, 30)), scale(N, 12)), 8, 10)

const cup: Sdf = (x, y, z) =>
  smax(cupOuter(x, y, z), (x - C[0]) * N[0] + (y - C[1]) * N[1] + (z - C[2]) * N[2] - 1.5, 7)

/**
 * Quadrilateral plate: behind the socket the pelvic face of the bone is a flat plate, not a dome
 * that follows the socket. The body round the socket is filled out to a plane (thick columns, thin
 * only over the acetabular fossa, which keeps ≥ 3 mm of floor at the 1.5 mm mesh) and the whole
 * acetabular mass is cut to that plane, so nothing stands proud of it.
 */
const PLATE_N = normalize([-1, 0.12, 0]) // into the pelvis, tipped up: the side wall converges downwards
const PLATE_CENTRE: Vec3 = [45.5, 2, -8]
const plateSide = halfSpace(PLATE_CENTRE, PLATE_N)
const PLATE_FRAME = frameFromW(PLATE_N)
const PLATE_FILL_C = add(PLATE_CENTRE, scale(PLATE_N, -11))
/** The fill is an oval slab (not a box, whose corners showed from inside), 11 mm half-thick, edges rounded 7 mm. */
const plateFill: Sdf = (x, y, z) => {
  const [u, v, w] = toLocal(PLATE_FRAME, x - PLATE_FILL_C[0], y - PLATE_FILL_C[1], z - PLATE_FILL_C[2])
  const r = 7
  const q0 = ellipse2d(u, v, 22, 26) + r
  const q1 = Math.abs(w) - 11 + r
  return Math.hypot(Math.max(q0, 0), Math.max(q1, 0)) + Math.min(Math.max(q0, q1), 0) - r
}

// ---------------------------------------------------------------- ischium and pubis

/** Obturator foramen cutter (an elliptic cylinder along the ring's normal). */
const OBT_N = normalize([0.714, -0.334, 0.615])
const OBT_C: Vec3 = [44, -38, 12]
const OBT_FRAME = frameFromW(OBT_N)
/** Semi-axes of the foramen (mm): about 30 × 50 mm, an oval (HIP_BONE_RANGES.obturator*). */
const OBT_A = 15
const OBT_B = 25
const obturator = ellipticCylinder(OBT_C, OBT_A, OBT_B, OBT_FRAME)
/**
 * Obturator rim: a flat band of bone round the cutter, 12 mm wide and 6 mm thick, blended into the
 * rami, the ischium and the acetabular body. It closes the gaps the rami left between them, so the
 * hole seen through the ring is the cutter's oval and not the larger space between round tubes.
 */
const obturatorRim: Sdf = (x, y, z) => {
  const [u, v, w] = toLocal(OBT_FRAME, x - OBT_C[0], y - OBT_C[1], z - OBT_C[2])
  const band = Math.abs(ellipse2d(u, v, OBT_A + 6, OBT_B + 6)) - 6
  return Math.hypot(Math.max(band + 3, 0), w) - 3
}
/**
 * The rami are flat bars, not round tubes: each is squashed across the obturator ring's plane to
 * RAMUS_FLAT of its width, so it is broad seen from the front and thin seen edge-on.
 */
const RAMUS_FLAT = 0.6

const ischiumBody = roundCone([74, -14, -16], [60, -46, -30], 15, 12)
const posteriorColumn = roundCone([64, -10, -34], [71, 14, -24], 8, 8)
/** Ischial tuberosity: lowest point at the target. */
const tuberosity = ellipsoid([58, -49, -31], [11, 13, 15], frameFromW([0, -0.2, 1]))
const spine = roundCone([62, -17, -34], add(T.ischialSpine, [1.5, 0, 2]), 9, 2)
const ischialRamus = flattened(
  tube(
    [
      [56, -58, -20],
      [44, -64, -4],
      [30, -60, 12],
    ],
    [9, 7.5, 7],
    6,
  ),
  [44, -64, -4],
  OBT_N,
  RAMUS_FLAT,
)
const inferiorPubicRamus = flattened(
  tube(
    [
      [30, -60, 12],
      [18, -52, 26],
      [12, -44, 32],
    ],
    [7, 7, 7.5],
    6,
  ),
  [18, -52, 26],
  OBT_N,
  RAMUS_FLAT,
)
const superiorPubicRamus = flattened(
  tube(
    [
      [70, -6, 20],
      [54, -8, 30],
      [36, -16, 36],
      [18, -25, 37],
    ],
    [11, 9.5, 8.5, 8],
    6,
  ),
  [36, -16, 36],
  OBT_N,
  0.75,
)
/**
 * Pubic body. Its symphyseal face is a flat oval cut at x = SYMPHYSIS_HALF_GAP (the smooth cut
 * leaves the face itself ~2.3 mm out), so the mirrored bones face each other across a 4.6 mm
 * fibrocartilage gap (HIP_BONE_RANGES.symphysisGap) instead of meeting as rounded blocks. The
 * body is a bar flattened front to back with fully rounded front and back (a 7 mm rounding of a
 * 7.5 mm half-depth): with a 5 mm rounding its flat front and square corners read as a brick.
 * Its top, the pubic crest, runs level with the tubercle's base (y ≈ −19), not 8 mm below it.
 */
const SYMPHYSIS_HALF_GAP = 1.9
const pubicBlock = roundBox([12, -37, 33], [11, 18, 7.5], 7, frameFromW([0, 0.15, 1]))
const pubicBody: Sdf = (x, y, z) => smax(pubicBlock(x, y, z), SYMPHYSIS_HALF_GAP - x, 2)
const pubicTubercle = sphere([24, -16.5, 38], 4.5)
/** A point on the inner (pelvic) face of the wing plate, `sink` mm under it, above a 3D guide point. */
const innerWingPoint = (g: Vec3, sink: number): Vec3 => {
  const [u, v] = toWing(g)
  const [m] = mid(u, v)
  const t = halfThickness(u, v, outline(u, v))
  const h = m - t + sink
  return [
    WING_O[0] + u * WF.u[0] + v * WF.v[0] + h * WF.w[0],
    WING_O[1] + u * WF.u[1] + v * WF.v[1] + h * WF.w[1],
    WING_O[2] + u * WF.u[2] + v * WF.v[2] + h * WF.w[2],
  ]
}
/**
 * Arcuate line + pecten pubis: the pelvic brim ridge, laid on the inner face of the ilium from the
 * auricular region forward to the iliopubic eminence, then along the superior ramus to the tubercle.
 */
const BRIM_PTS: Vec3[] = [
  innerWingPoint([56, 74, -60], 1.5),
  innerWingPoint([62, 54, -38], 1.5),
  innerWingPoint([68, 36, -16], 1.5),
  [62, 16, 8],
  [50, 0, 26],
  [36, -8, 36],
  [26, -12, 39],
]
const brim = tube(BRIM_PTS, [3.4, 3.8, 4, 4, 3.6, 3.3, 3], 5)
/** Thick posterior ilium: iliac tuberosity and the auricular surface (medial face at x ≈ 47). */
const posteriorIlium = ellipsoid([55, 84, -84], [9, 17, 15], frameFromW([0.1, 0.2, 1]))

/**
 * Auricular surface: an ear-shaped raised pad on the medial side of the posterior ilium facing the
 * sacrum (joint normal medial and slightly backward, since the sacrum is wider in front). Its
 * medial face is at x ≈ 47; the sacrum's lateral face sits ~2 mm medial of it.
 */
const AUR_N = normalize([-0.9, 0.05, -0.4])
const aurUpper = ellipsoid([51.5, 80, -70], [10, 17, 4], frameFromW(AUR_N, [0, 1, 0.3]))
const aurLower = ellipsoid([52.5, 62, -58], [9, 12, 4], frameFromW(AUR_N, [0, 1, 0.8]))
/**
 * The pad's joint face is cut flat 0.4 mm short of the lobes' crowns: a flat, slightly raised ear
 * with a rim, not two domes, and the sacroiliac gap stays where it was.
 */
const aurFace = halfSpace(add([51.5, 80, -70], scale(AUR_N, 3.6)), AUR_N)
const auricular: Sdf = (x, y, z) => smax(smin(aurUpper(x, y, z), aurLower(x, y, z), 5), aurFace(x, y, z), 1.5)

/** The sacroiliac joint space: an even 3 mm between the auricular surfaces (issue 10: 2–4 mm). */
const SI_GAP = 3
/** How far beyond the joint space the ilium is filled out towards the sacrum, so the face has no hollows (mm). */
const SI_FILL = 4
/** The joint's extent: the ear-shaped pad and 6 mm around it. */
const siZone: Sdf = (x, y, z) => smin(aurUpper(x, y, z), aurLower(x, y, z), 5) - 6

/**
 * Fit the ilium's joint face to the sacrum: inside the joint's extent, fill the bone out to
 * SI_GAP + SI_FILL from the sacrum, then cut it back to exactly SI_GAP from it. The face is the
 * sacrum's own surface offset by the joint space, so the gap is even wherever the bones meet,
 * whatever shape either has. The sacrum's field is costly, so it is evaluated near the joint only.
 */
const fitToSacrum = (d: number, x: number, y: number, z: number): number => {
  const zone = siZone(x, y, z)
  if (zone > 10) return d
  const s = sacrumSdf(x, y, z)
  if (s > SI_GAP + SI_FILL + 6) return d
  const slab = smax(zone, s - (SI_GAP + SI_FILL), 5)
  return smax(smin(d, slab, 7), SI_GAP - s, 3)
}

/**
 * Iliac tubercle: the thickening of the crest's outer lip about 5 cm behind the ASIS, and the
 * AIIS as a bump of its own below the ASIS (its landmark stays on the surface).
 */
const iliacTubercle = ellipsoid([141, 126, 1], [13, 8, 5], frameFromW([0.95, 0, -0.3]))
const aiisBump = ellipsoid([99, 37, 31.5], [7, 9, 5.5], frameFromW([0.2, -0.2, 1]))

// ---------------------------------------------------------------- assembly

const upper = bounded(wing, [92, 85, -30], 100, 16)
const acetabularGroup = bounded(
  (x, y, z) => {
    let d = cup(x, y, z)
    d = smin(d, ischiumBody(x, y, z), 10)
    d = smin(d, posteriorColumn(x, y, z), 8)
    d = smin(d, plateFill(x, y, z), 12)
    return smax(d, plateSide(x, y, z), 3)
  },
  [72, -10, -12],
  55,
  20,
)
const lowerGroup = bounded(
  (x, y, z) => {
    let d = tuberosity(x, y, z)
    d = smin(d, spine(x, y, z), 5)
    d = smin(d, ischialRamus(x, y, z), 8)
    d = smin(d, inferiorPubicRamus(x, y, z), 6)
    d = smin(d, superiorPubicRamus(x, y, z), 6)
    d = smin(d, pubicBody(x, y, z), 6)
    d = smin(d, pubicTubercle(x, y, z), 4)
    d = smin(d, obturatorRim(x, y, z), 10)
    // the symphyseal face: nothing crosses it, so the gap to the mirrored bone stays open
    return smax(d, SYMPHYSIS_HALF_GAP - x, 2)
  },
  [40, -36, 0],
  60,
  20,
)
const tubercleB = bounded((x, y, z) => smin(iliacTubercle(x, y, z), aiisBump(x, y, z), 1), [118, 80, 16], 66, 12)
const brimB = bounded(brim, [52, 36, -6], 70, 10)
const postB = bounded((x, y, z) => smin(posteriorIlium(x, y, z), auricular(x, y, z), 3), [53, 78, -76], 32, 12)

/** Design geometry the measurement reads back (generator/measure/measureHipDetail.ts). */
export const HIP_BONE_GEOMETRY = {
  /** A point on the obturator foramen's axis, inside the hole. */
  obturatorCentre: OBT_C,
  /** The foramen cutter's axis (normal of the obturator ring). */
  obturatorNormal: OBT_N,
  /** A point on the quadrilateral plate behind the socket. */
  plateCentre: PLATE_CENTRE,
  /** The gluteal lines' guide points (posterior, anterior, inferior), and the wing's outward normal. */
  glutealLines: GLUTEAL_LINES_3D,
  wingNormal: WF.w,
} as const

/** The left hip bone SDF. */
export const hipBoneSdf: Sdf = (x, y, z) => {
  let d = upper(x, y, z)
  d = smin(d, tubercleB(x, y, z), 7)
  d = smin(d, postB(x, y, z), 10)
  d = smin(d, acetabularGroup(x, y, z), 12)
  d = smin(d, lowerGroup(x, y, z), 8)
  d = smin(d, brimB(x, y, z), 4)
  // socket, its fossa and the notch
  const ds = socket(x, y, z)
  if (ds < 20) {
    d = ssub(d, ds, 5)
    d = ssub(d, fossa(x, y, z), 4)
    d = ssub(d, notch(x, y, z), 4)
  }
  d = ssub(d, obturator(x, y, z), 4)
  return fitToSacrum(d, x, y, z)
}

/** Precomputed crest sample range for the iliacus crest band (ASIS → iliolumbar region). */
const CREST_SAMPLES_END = (N_CREST - 2) * SPAN
const nearestOutlineIndex = (u: number, v: number): number => {
  let best = 0
  let bd = Infinity
  for (let i = 0; i < OUTLINE_2D.length; i++) {
    const p = OUTLINE_2D[i]!
    const d = (p[0] - u) ** 2 + (p[1] - v) ** 2
    if (d < bd) {
      bd = d
      best = i
    }
  }
  return best
}
const V_FOSSA_LOW = toWing([90, 60, -20])[1]
/** Posterior limit of the fossa: the auricular surface and iliac tuberosity lie behind it. */
const U_FOSSA_POST = toWing([60, 104, -74])[0]

/** Iliacus origin regions on the inner side of the ilium. */
const hipRegion = (p: Vec3, n: Vec3): string | null => {
  const [u, v] = toWing(p)
  const inward = dot(n, WF.w)
  const o = outline(u, v)
  if (o > -9 && inward < 0.35) {
    const i = nearestOutlineIndex(u, v)
    if (i <= CREST_SAMPLES_END) return 'iliacus_origin_crest_l'
  }
  if (inward < -0.45 && o <= -9 && u > U_FOSSA_POST && v > V_FOSSA_LOW + smoothstep(-60, 60, u) * 8)
    return 'iliacus_origin_fossa_l'
  return null
}

/** The left hip bone shape, landmarks and iliacus regions. */
export function hipBoneShape(): StructureShape {
  return {
    id: 'hip_bone_l',
    sdf: hipBoneSdf,
    bounds: { min: [-4, -80, -112], max: [152, 160, 58] },
    edgeLength: 1.5,
    targetTriangles: 30000,
    landmarks: {
      asis_l: T.asis,
      aiis_l: T.aiis,
      psis_l: T.psis,
      iliac_crest_top_l: T.iliacCrestTop,
      pubic_tubercle_l: T.pubicTubercle,
      ischial_tuberosity_l: T.ischialTuberosity,
      ischial_spine_l: T.ischialSpine,
      acetabulum_centre_l: ACETABULUM_CENTRE,
      pubic_symphysis: [2, T.pubicSymphysis[1], T.pubicSymphysis[2]],
    },
    region: hipRegion,
  }
}
