/**
 * Left femur as a signed distance field.
 *
 * Local frame = the femur node's frame: origin at the femoral head centre, the mechanical axis
 * (head centre → centre of the knee) along −Y, the transepicondylar axis parallel to X, +Z anterior,
 * +X lateral (this is the left femur; the midline lies towards −X). The generator applies the 3°
 * standing adduction (`FEMUR_ADDUCTION_DEG`) to the node; nothing here is tilted for it.
 *
 * Published figures used (all from /work/shared/reference/anatomy-facts.md §1.1):
 * - maximum length ≈ 450 mm (Kanz et al.: M 449.7 ± 16.7 mm) — top of head to bottom of medial condyle;
 * - head diameter 47 mm (Kanz et al.: M 47.0 ± 2.3 mm);
 * - neck–shaft angle 129° (Toogood 2009: 129.2°); anteversion 12° (1070 CT: M 12.1°);
 * - femoral offset ≈ 38 mm (cadaveric true offset 38.2 mm, 30.5–46.3; Arthroplasty 2022);
 * - greater-trochanter tip 7.3 ± 5.1 mm below the head centre (519 femurs, 3D CT; APAS);
 * - lesser trochanter: head-centre→LT / head diameter 0.84 ± 0.08 (radiographs), OpenSim iliopsoas
 *   footprint 5.2–6.4 cm distal of the head centre; LT version −24° (points posteromedially);
 * - condylar width ≈ 80 mm (Kanz et al.: M 79.6 ± 4.6 mm);
 * - anatomical axis ≈ 5–6° from the mechanical axis (follows from the offset and length above).
 *
 * Build: smooth unions (polynomial smooth-min) of a few closed-form pieces, grouped and culled by
 * bounding spheres (GEOMETRY.md §1). The head is a plain sphere joined to the rest with a small
 * blend radius, so it stays a clean articular sphere for the acetabulum (socket r ≈ 25 mm).
 */
import type { Vec3 } from '../../src/anatomy/types'
import type { StructureShape } from './types'
import { smoothstep } from '../../src/anatomy/scalar'
import { rad } from '../../src/anatomy/vec'
import { frameFromW, roundBox, roundCone, smin, spline1d, ssub, type Sdf } from '../sdf/primitives'
import { ellipse2d, ellipsoidAA, len3, roundIntersect, unit } from '../sdf/spinePrimitives'

// ---------------------------------------------------------------------------------------------
// Key dimensions (mm)

/** Femoral head radius: 47 mm maximum head diameter (Kanz et al., M 47.0 ± 2.3 mm). */
const HEAD_R = 23.5
/** Maximum length, top of head → bottom of the medial condyle (Kanz et al., M 449.7 mm). */
const MAX_LENGTH = 450
/** Lowest point of the medial condyle. */
const MEDIAL_CONDYLE_BOTTOM = HEAD_R - MAX_LENGTH // −426.5
/** Neck–shaft angle (Toogood 2009: 129.2°). */
const NECK_SHAFT_DEG = 129
/** Femoral anteversion relative to the condylar (X) axis (1070 CT, men: 12.1°). */
const ANTEVERSION_DEG = 12
/** Femoral offset, head centre ⟂ shaft axis (cadaveric true offset 38.2 mm). */
const OFFSET = 38
/** Anatomical (shaft) axis vs mechanical axis in the coronal plane. */
const ANATOMICAL_AXIS_DEG = 5.5
/**
 * Centre of the knee: the point of the intercondylar-notch roof straight below the head centre (the
 * mechanical axis ends here). It follows from the roof line, set under "Distal femur" below.
 */
const ROOF_ANTERIOR: readonly [number, number] = [-416, 4] // (y, z) where the roof meets the trochlea
const ROOF_FROM_VERTICAL_DEG = 42 // Blumensaat's line vs the shaft, lateral view
const KNEE_CENTRE: Vec3 = [
  0,
  ROOF_ANTERIOR[0] + ROOF_ANTERIOR[1] / Math.tan((ROOF_FROM_VERTICAL_DEG * Math.PI) / 180),
  0,
]

/**
 * Unit vector along the neck axis, from the neck base towards the head centre. The shaft's upward
 * direction leans laterally by the anatomical-axis angle; the neck makes the neck–shaft angle with
 * the downward shaft, i.e. (180 − 129)° with the upward shaft, turned medially; anteversion then
 * swings it forward out of the coronal plane.
 */
const NECK_DIR: Vec3 = (() => {
  const fromVertical = rad(180 - NECK_SHAFT_DEG - ANATOMICAL_AXIS_DEG) // towards −X
  const s = Math.sin(fromVertical)
  const av = rad(ANTEVERSION_DEG)
  return unit([-s * Math.cos(av), Math.cos(fromVertical), s * Math.sin(av)])
})()
/** Distance along the neck axis from the head centre to where it meets the shaft axis. */
const NECK_TO_SHAFT = OFFSET / Math.sin(rad(180 - NECK_SHAFT_DEG))
/** Neck axis ∩ shaft axis: the top of the shaft centreline. */
const NECK_BASE: Vec3 = [-NECK_DIR[0] * NECK_TO_SHAFT, -NECK_DIR[1] * NECK_TO_SHAFT, -NECK_DIR[2] * NECK_TO_SHAFT]

// ---------------------------------------------------------------------------------------------
// Small helpers

/**
 * Bounding-sphere culling as in primitives' `bounded` (GEOMETRY.md §1), with sqrt instead of
 * Math.hypot for speed: outside the sphere by more than `margin`, return the sphere distance.
 */
const cull = (f: Sdf, c: Vec3, radius: number, margin: number): Sdf => {
  const [cx, cy, cz] = c
  return (x, y, z) => {
    const db = len3(x - cx, y - cy, z - cz) - radius
    return db > margin ? db : f(x, y, z)
  }
}

// ---------------------------------------------------------------------------------------------
// Shaft: an elliptical section swept along a bowed centreline

/** Shaft centreline runs from the neck base down to the metaphysis above the condyles. */
const SHAFT_TOP = NECK_BASE[1]
const SHAFT_BOTTOM = -390
/** z of the shaft centre at the distal end (the knee centre sits on the notch roof at z = 0). */
const SHAFT_Z_BOTTOM = -5
/**
 * Anterior bow of the shaft at mid-length (mm; the femur is convex forwards). A sine bow of 12.5 mm
 * over the shaft's 360 mm gives a radius of curvature of about 1.2 m over its middle half (Egol et al.
 * 2004, 948 femurs: 120 ± 36 cm); the measured report checks it.
 */
const SHAFT_BOW = 12.5
const AXIS_SLOPE = Math.tan(rad(ANATOMICAL_AXIS_DEG)) // x per mm of descent (goes medial downwards)

/** Mediolateral and anteroposterior semi-axes along the shaft, evenly spaced top → bottom. */
const SHAFT_A = [19, 16.5, 14.8, 14, 13.6, 14, 16.2, 22.5, 31]
const SHAFT_B = [16, 15, 14, 13.8, 13.8, 13.8, 14.2, 15.5, 17]

/**
 * Sample a smooth profile once into a dense table and read it back by linear interpolation: the
 * Catmull-Rom spline per SDF call was the single largest cost, and at 0.5 mm spacing the
 * interpolation kinks are far below anything the shading can show.
 */
const tabulate = (f: (t: number) => number, n: number): Float64Array => {
  const out = new Float64Array(n + 1)
  for (let i = 0; i <= n; i++) out[i] = f(i / n)
  return out
}
const lookup = (tab: Float64Array, t: number): number => {
  const n = tab.length - 1
  const s = (t < 0 ? 0 : t > 1 ? 1 : t) * n
  const i = Math.min(Math.floor(s), n - 1)
  const f = s - i
  return tab[i]! * (1 - f) + tab[i + 1]! * f
}

interface Section {
  cx: number
  cz: number
  a: number
  b: number
}
const SHAFT_N = Math.round((SHAFT_TOP - SHAFT_BOTTOM) * 2)
const SHAFT_CZ = tabulate(
  (t) => NECK_BASE[2] + (SHAFT_Z_BOTTOM - NECK_BASE[2]) * t + SHAFT_BOW * Math.sin(Math.PI * t),
  SHAFT_N,
)
const SHAFT_AT = tabulate((t) => spline1d(SHAFT_A, t), SHAFT_N)
const SHAFT_BT = tabulate((t) => spline1d(SHAFT_B, t), SHAFT_N)
const sec: Section = { cx: 0, cz: 0, a: 0, b: 0 }
/** Shaft section at height y (written into a shared scratch object; the SDF is single-threaded). */
const shaftSection = (y: number, out: Section = sec): Section => {
  const t = (SHAFT_TOP - y) / (SHAFT_TOP - SHAFT_BOTTOM)
  out.cx = NECK_BASE[0] + (y - SHAFT_TOP) * AXIS_SLOPE
  out.cz = lookup(SHAFT_CZ, t)
  out.a = lookup(SHAFT_AT, t)
  out.b = lookup(SHAFT_BT, t)
  return out
}

/**
 * A posterior ridge on the shaft (linea aspera and its branches), as a smooth displacement of the
 * section's surface: a Gaussian bead `h` mm high and about 2·w wide, centred `xoff` mm lateral of
 * the section centre, faded out on the front half of the section. Being a displacement, it grows
 * from nothing without a seam where its height profile starts.
 */
const ridge = (x: number, z: number, s: Section, xoff: number, h: number, w: number): number => {
  const u = (x - s.cx - xoff) / w
  return h * Math.exp(-u * u) * smoothstep(0.1 * s.b, 0.7 * s.b, s.cz - z)
}

/** Bump profile: 0 outside [y0, y3], 1 on [y1, y2], smoothstep in between (y0 < y1 < y2 < y3). */
const band = (y: number, y0: number, y1: number, y2: number, y3: number): number =>
  smoothstep(y0, y1, y) * (1 - smoothstep(y2, y3, y))

/**
 * Cheap lower bound for the shaft: a round cone around the straight chord of the centreline, wide
 * enough for the bow (≤ 12.5 mm), the widest section and the ridges. Far from it (beyond the largest
 * blend radius the shaft takes part in, plus two cells) the bound stands in for the shaft.
 */
const shaftHull = roundCone(
  [NECK_BASE[0], SHAFT_TOP + 4, NECK_BASE[2]],
  [NECK_BASE[0] + (SHAFT_BOTTOM - SHAFT_TOP) * AXIS_SLOPE, SHAFT_BOTTOM - 4, SHAFT_Z_BOTTOM],
  30,
  38,
)
const shaft: Sdf = (x, y, z) => {
  const hull = shaftHull(x, y, z)
  if (hull > 16) return hull
  const s = shaftSection(y)
  // Section distance with rounded caps at both ends (both ends are buried in other parts).
  const d2 = ellipse2d(x - s.cx, z - s.cz, s.a, s.b)
  const dy = Math.max(y - SHAFT_TOP, SHAFT_BOTTOM - y)
  const d = roundIntersect(d2, dy, 8)
  if (d > 10 || z > s.cz) return d
  // Linea aspera: one ridge in the middle third, splitting proximally (gluteal tuberosity laterally,
  // pectineal/spiral line medially towards the lesser trochanter) and distally (the supracondylar
  // lines running to the epicondyles; the medial one ends at the adductor tubercle).
  let bump = 0
  const trunk = band(y, -345, -300, -115, -85)
  // One broad rough ridge (about 1 cm across), not a crease.
  if (trunk > 0) bump += ridge(x, z, s, 0, 3.6 * trunk, 4.6)
  const up = smoothstep(-125, -60, y) // 0 below the split, 1 at the top
  const glut = band(y, -150, -120, -70, -45)
  if (glut > 0) bump += ridge(x, z, s, 1.5 + 11 * up, 2.6 * glut, 4.5)
  const pect = band(y, -140, -115, -75, -58)
  if (pect > 0) bump += ridge(x, z, s, -2 - 8 * up, 1.5 * pect, 2.8)
  const supra = band(y, -385, -365, -300, -280)
  if (supra > 0) {
    const down = smoothstep(-300, -375, y)
    bump += ridge(x, z, s, -2 - 24 * down, 1.8 * supra, 3)
    bump += ridge(x, z, s, 2 + 24 * down, 1.4 * supra, 3)
  }
  return d - bump
}

// ---------------------------------------------------------------------------------------------
// Proximal femur: head, neck, trochanters, intertrochanteric line and crest

const head: Sdf = (x, y, z) => len3(x, y, z) - HEAD_R

/** Fovea capitis: a shallow pit just below and behind the medial pole of the head. */
const FOVEA_DIR = unit([-0.93, -0.2, -0.2])
const FOVEA_R = 6.5
const FOVEA_C: Vec3 = [FOVEA_DIR[0] * (HEAD_R + 4.6), FOVEA_DIR[1] * (HEAD_R + 4.6), FOVEA_DIR[2] * (HEAD_R + 4.6)]

/** Neck frame: w from head towards the shaft, v ≈ superior, u ≈ anterior-posterior. */
const NECK_FRAME = frameFromW([-NECK_DIR[0], -NECK_DIR[1], -NECK_DIR[2]], [0, 1, 0])
/**
 * Neck semi-axes (SI, AP) along the neck from s = 8 to s = 56 mm from the head centre: narrowest
 * (≈ 33 × 33 mm, a neck-to-head ratio of 0.70; published 31–35 × 32–36 mm and 0.65–0.75) a little
 * beyond the head–neck junction, flaring into the trochanteric region. A thinner neck reads as a
 * ball on a stick.
 */
const NECK_S0 = 8
const NECK_S1 = 56
const NECK_SI = tabulate((t) => spline1d([18, 17.2, 16.6, 16.7, 17.6, 20, 23.5], t), 96)
const NECK_AP = tabulate((t) => spline1d([17.4, 17, 16.6, 16.7, 17.2, 17.7, 18.2], t), 96)
const [NU, NV, NW] = [NECK_FRAME.u, NECK_FRAME.v, NECK_FRAME.w]
const neck: Sdf = (x, y, z) => {
  const pu = x * NU[0] + y * NU[1] + z * NU[2]
  const pv = x * NV[0] + y * NV[1] + z * NV[2]
  const pw = x * NW[0] + y * NW[1] + z * NW[2]
  const t = (pw - NECK_S0) / (NECK_S1 - NECK_S0)
  const d2 = ellipse2d(pu, pv, lookup(NECK_AP, t), lookup(NECK_SI, t))
  const dw = Math.max(NECK_S0 - pw, pw - NECK_S1)
  return roundIntersect(d2, dw, 6)
}

/**
 * Greater trochanter: a broad lateral block (about 35 mm front to back and 45 mm tall), rising to a
 * posterosuperior tip that overhangs the trochanteric fossa.
 */
const GT_TIP: Vec3 = [44, -12.5, -15]
const gtBody = roundBox([47, -35, -8], [9.5, 22, 16], 9)
const gtTip = roundCone([46, -27, -12], GT_TIP, 11, 6.5)
/** Anterior tubercle of the GT, where the intertrochanteric line starts. */
const gtAnterior = ellipsoidAA([48.5, -29, 3], [6, 10, 5])

/** Lesser trochanter apex (posteromedial, 5.3 cm below the head centre: issue 3 "5–6 cm"; OpenSim footprint 5.2–6.4 cm). */
const LT_APEX: Vec3 = [11.5, -53, -23]
const LT_DIR = unit([-0.78, -0.05, -0.62])
/** A cone from a broad base on the shaft to a blunt apex: it stands clear of the shaft, not a bump. */
const ltCone = roundCone(
  [LT_APEX[0] - LT_DIR[0] * 14, LT_APEX[1] - 4, LT_APEX[2] - LT_DIR[2] * 14],
  [LT_APEX[0] - LT_DIR[0] * 4, LT_APEX[1], LT_APEX[2] - LT_DIR[2] * 4],
  10,
  4,
)
/** Intertrochanteric crest (posterior), with the quadrate tubercle about halfway down. */
const itCrest = roundCone([45, -17, -22], [17, -46, -22], 5.5, 4.5)
const quadrate = ellipsoidAA([32, -33, -25], [4, 6, 3])
/** Intertrochanteric line (anterior): a low ridge from the GT tubercle to in front of the LT. */
const itLine = roundCone([47, -28, 8.5], [23, -60, 5], 3.2, 2.8)

/** Trochanteric fossa: a deep pit on the medial side of the GT tip, behind the neck. */
const troFossa = ellipsoidAA([35.5, -20, -20], [5.5, 9, 6])

const proximalCore: Sdf = (x, y, z) => {
  let d = neck(x, y, z)
  d = smin(d, gtBody(x, y, z), 9)
  d = smin(d, gtTip(x, y, z), 6)
  d = smin(d, gtAnterior(x, y, z), 9)
  d = smin(d, itCrest(x, y, z), 7)
  d = smin(d, quadrate(x, y, z), 4)
  d = smin(d, itLine(x, y, z), 6)
  d = ssub(d, troFossa(x, y, z), 3)
  return d
}
// Culling spheres: radius = farthest solid point of the group from the centre (checked by
// sampling), margin = the group's blend radius with the rest plus two grid cells.
const PROX_C: Vec3 = [28, -30, -6]
const proximal = cull(proximalCore, PROX_C, 52, 14)
const ltGroup = cull((x, y, z) => ltCone(x, y, z), LT_APEX, 33, 11)

// ---------------------------------------------------------------------------------------------
// Distal femur: condyles, patellar surface, notch, epicondyles

/**
 * A condyle as a "wheel": a sagittal ellipse (centre y, z; semi-axes ry, rz) extruded between
 * x = xc ± hw with well-rounded edges of radius rr, turned about Y by `yaw` degrees (positive turns
 * its front laterally, i.e. its back medially). The half-width narrows by `taper` towards the back,
 * as the condyles do in inferior view.
 */
const wheel = (
  xc: number,
  yc: number,
  zc: number,
  ry: number,
  rz: number,
  hw: number,
  rr: number,
  yaw = 0,
  taper = 0,
): Sdf => {
  const c = Math.cos(rad(yaw))
  const sn = Math.sin(rad(yaw))
  return (x, y, z) => {
    // local x and z after turning about Y by `yaw` (y is unchanged)
    const px = (x - xc) * c - (z - zc) * sn
    const py = y - yc
    const pz = (x - xc) * sn + (z - zc) * c
    const w = hw - taper * smoothstep(0, -rz, pz)
    return roundIntersect(ellipse2d(py, pz, ry, rz), Math.abs(px) - w, rr)
  }
}
/**
 * Medial condyle: reaches lowest (defines maximum length), longer front to back and narrower than
 * the lateral one, and curving medially behind.
 */
const medialCondyle = wheel(-24, MEDIAL_CONDYLE_BOTTOM + 23.5, -13.5, 23.5, 32.5, 12.5, 10, 13, 2.5)
/** Lateral condyle: ≈3 mm higher (valgus joint line), broader and straighter; its front forms the lateral trochlear lip. */
const lateralCondyle = wheel(23, -400.5, -10.5, 22.5, 32, 15.5, 11, -3, 2)
/** Floor of the trochlear groove between the two facets; its lower end meets the notch roof. */
const trochlea = wheel(2, -398.5, -4, 17.5, 18, 13, 8)
/** Epicondyles and the adductor tubercle: low, broad eminences on the flat outer faces. */
const medialEpicondyle = ellipsoidAA([-36, -392, -10], [4.5, 9, 10])
const lateralEpicondyle = ellipsoidAA([36, -394, -9], [4, 8, 9])
const adductorTubercle = ellipsoidAA([-27.5, -375, -17], [3.5, 6, 4])

/**
 * Intercondylar notch cutter: everything between the condyles below the roof line (Blumensaat's
 * line, rising posteriorly at ROOF_FROM_VERTICAL_DEG from the shaft axis), with a rounded arch at the
 * side walls.
 */
const NOTCH_HALF_WIDTH = 10.5
const ROOF_N: readonly [number, number] = [Math.sin(rad(ROOF_FROM_VERTICAL_DEG)), Math.cos(rad(ROOF_FROM_VERTICAL_DEG))] // (y, z), into the bone
const notch: Sdf = (x, y, z) => {
  const below = (y - ROOF_ANTERIOR[0]) * ROOF_N[0] + (z - ROOF_ANTERIOR[1]) * ROOF_N[1]
  // Rounded nearly to the half-width: an arch seen from behind, not a square slot.
  return roundIntersect(below, Math.abs(x - 0.5) - NOTCH_HALF_WIDTH, 9.5)
}

const distalCore: Sdf = (x, y, z) => {
  let d = medialCondyle(x, y, z)
  d = smin(d, lateralCondyle(x, y, z), 6)
  d = smin(d, trochlea(x, y, z), 10)
  d = smin(d, medialEpicondyle(x, y, z), 12)
  d = smin(d, lateralEpicondyle(x, y, z), 12)
  d = smin(d, adductorTubercle(x, y, z), 7)
  return d
}
const DIST_C: Vec3 = [0, -398, -12]
const distal = cull(distalCore, DIST_C, 52, 16)

// ---------------------------------------------------------------------------------------------
// Whole bone

const femurSdf: Sdf = (x, y, z) => {
  let d = shaft(x, y, z)
  d = smin(d, proximal(x, y, z), 10)
  d = smin(d, ltGroup(x, y, z), 5)
  d = smin(d, distal(x, y, z), 12)
  if (y < -360) d = ssub(d, notch(x, y, z), 5)
  // The head joins last with a small blend so the articular sphere stays clean.
  const h = head(x, y, z)
  if (h < 12) {
    d = smin(d, h, 4)
    d = ssub(d, len3(x - FOVEA_C[0], y - FOVEA_C[1], z - FOVEA_C[2]) - FOVEA_R, 3.5)
  } else d = Math.min(d, h)
  return d
}

// ---------------------------------------------------------------------------------------------
// Iliopsoas insertion footprint

/** Distance from p to segment ab. */
const segDist = (p: Vec3, a: Vec3, b: Vec3): number => {
  const abx = b[0] - a[0]
  const aby = b[1] - a[1]
  const abz = b[2] - a[2]
  const t = Math.min(
    Math.max(
      ((p[0] - a[0]) * abx + (p[1] - a[1]) * aby + (p[2] - a[2]) * abz) / (abx * abx + aby * aby + abz * abz),
      0,
    ),
    1,
  )
  return len3(p[0] - a[0] - abx * t, p[1] - a[1] - aby * t, p[2] - a[2] - abz * t)
}
/** Footprint spine: LT apex → lower LT base on the shaft → 2.5 cm lower, slightly anterior. */
const IP_A: Vec3 = [LT_APEX[0] + 1, LT_APEX[1] + 4, LT_APEX[2]]
const IP_B: Vec3 = (() => {
  const s = shaftSection(-68, { cx: 0, cz: 0, a: 0, b: 0 })
  return [s.cx - s.a * 0.93, -68, s.cz - s.b * 0.4]
})()
const IP_C: Vec3 = (() => {
  const s = shaftSection(-88, { cx: 0, cz: 0, a: 0, b: 0 })
  return [s.cx - s.a * 0.97, -88, s.cz + s.b * 0.05]
})()
const ILIOPSOAS_HALF_WIDTH = 10.5

const iliopsoasRegion = (p: Vec3, n: Vec3): string | null => {
  const d = Math.min(segDist(p, IP_A, IP_B), segDist(p, IP_B, IP_C))
  if (d > ILIOPSOAS_HALF_WIDTH) return null
  // Only the apex and the medial/posterior faces: skip faces turned laterally or straight forward.
  if (n[0] > 0.35 || n[2] > 0.75) return null
  return 'iliopsoas_insertion_l'
}

// ---------------------------------------------------------------------------------------------

/** The left femur: SDF, meshing parameters, landmarks and the iliopsoas insertion region. */
export function femurShape(): StructureShape {
  return {
    id: 'femur_l',
    sdf: femurSdf,
    bounds: { min: [-46, -431, -50], max: [64, 28, 28] },
    edgeLength: 1.5,
    targetTriangles: 30000,
    landmarks: {
      femoral_head_centre_l: [0, 0, 0],
      greater_trochanter_tip_l: [GT_TIP[0], GT_TIP[1] + 6, GT_TIP[2]],
      lesser_trochanter_l: [LT_APEX[0] - 2, LT_APEX[1], LT_APEX[2] - 2],
      medial_epicondyle_l: [-44, -394, -12],
      lateral_epicondyle_l: [43, -395, -12],
      knee_centre_l: KNEE_CENTRE,
    },
    region: iliopsoasRegion,
  }
}

/** Derived numbers, exported for the dimension report and tests. */
export const FEMUR_GEOMETRY = {
  headRadius: HEAD_R,
  maxLength: MAX_LENGTH,
  neckDirection: NECK_DIR,
  neckBase: NECK_BASE,
  kneeCentre: KNEE_CENTRE,
} as const
