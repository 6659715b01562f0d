/**
 * Left tibia, fibula, patella and a simple foot skeleton as signed distance fields.
 *
 * Local frame, shared by all four: origin at the knee centre (`kneeCentre('l')`, the femur's
 * `knee_centre` landmark), axes as in the standing pose (+X lateral for this left leg, +Y up, +Z
 * anterior). The nodes are placed at the knee centre without a turn, so the shank's rig
 * transform (a turn about the knee centre) moves them as they are built.
 *
 * Heights are set by the layout the skin was built for (`src/anatomy/body.ts`): the ankle centre
 * lies SHANK_LENGTH (415 mm) below the knee centre and 66 mm above the floor. Figures used:
 * - femoral condyles' lowest points 15 mm (medial) and 11 mm (lateral) below the knee centre
 *   (`generator/bones/femur.ts`); a joint space of about 5 mm (cartilage of both bones) puts the
 *   plateau about 20 mm below the knee centre;
 * - tibia maximum length about 375 mm (issue 10: 34–38 cm; Trotter & Gleser's regression gives
 *   357 mm without the malleolus for our 168.5 cm), so the medial malleolus tip is about 26 mm
 *   above the ankle centre and the lateral one (the fibula's) about 12 mm lower;
 * - plateau breadth about 76 mm (Martin M3), patella about 44 mm tall, 44 mm wide, 21 mm thick,
 *   its tendon about as long as it is tall (Insall–Salvati ≈ 1);
 * - foot: the skin's foot frame (toes out 7°, sole on the floor), talar dome just under the
 *   tibial plafond, heel pad about 14 mm, metatarsal heads about 7 mm above the sole.
 * Culling is left out: each of these fields is a handful of primitives and meshes in about a second.
 */
import { smoothstep } from '../../src/anatomy/scalar'
import { ANKLE_HEIGHT, SHANK_LENGTH } from '../../src/anatomy/body'
import type { Vec3 } from '../../src/anatomy/types'
import { roundCone, smin, ssub, type Sdf } from '../sdf/primitives'
import { ellipse2d, ellipsoidAA, roundIntersect } from '../sdf/spinePrimitives'
import type { StructureShape } from './types'

/** Ankle centre and floor in the knee-centred frame, mm. */
const ANKLE_Y = -SHANK_LENGTH
const FLOOR = ANKLE_Y - ANKLE_HEIGHT

// ---------------------------------------------------------------------------------------------
// Tibia

/** Height of the tibial plateau (medial; the lateral is 2 mm higher, under the higher condyle). */
const PLATEAU_Y = -20
/** Distal articular surface (plafond), just above the talar dome. */
const PLAFOND_Y = -376
/** Tip of the medial malleolus: about 13 mm below the plafond (the tip of the cone, 5.5 mm lower). */
const MEDIAL_MALLEOLUS_TIP: Vec3 = [-19, -384, 3]

/** Shaft centreline and section semi-axes (ML a, AP b) from the condyles (t = 0) to the pilon (t = 1). */
const SHAFT_TOP = -55
const SHAFT_BOTTOM = -345
const shaftAt = (y: number) => {
  const t = Math.min(Math.max((SHAFT_TOP - y) / (SHAFT_TOP - SHAFT_BOTTOM), 0), 1)
  // Narrowest a little below the middle, flaring into both ends (a smooth bowl, no kink).
  const waist = 1 - Math.sin(Math.PI * Math.min(t / 0.9, 1)) ** 0.7
  const pilon = smoothstep(SHAFT_BOTTOM + 25, PLAFOND_Y + 8, y)
  return {
    cx: -1 - 3 * t,
    cz: -3 + 3 * t + 1 * pilon,
    a: 11.5 + 7 * waist * (t < 0.5 ? 1.4 : 0.9) + 3 * pilon,
    b: 12.5 + 6 * waist * (t < 0.5 ? 1.3 : 0.7) + 1.5 * pilon,
  }
}
const tibiaShaft: Sdf = (x, y, z) => {
  const s = shaftAt(y)
  let d = ellipse2d(x - s.cx, z - s.cz, s.a, s.b)
  // The anterior border (the shin's edge): a sharp-ish ridge down the front, fading at both ends.
  const crest = 3.2 * smoothstep(-60, -110, y) * smoothstep(-350, -300, y)
  if (crest > 0) {
    const u = (x - s.cx + 1) / 5
    d -= crest * Math.exp(-u * u) * smoothstep(0, s.b, z - s.cz)
  }
  // Above the ankle the section swells into the pilon and ends at the plafond: one field down to
  // the joint, so there is no rim where a separate end piece would meet it.
  return roundIntersect(d, Math.max(y - SHAFT_TOP + 10, PLAFOND_Y - y), 7)
}

/** Both condyles as one broad block, its top the plateau, tapering into the shaft below. */
const condyles: Sdf = (x, y, z) => {
  const top = PLATEAU_Y + 2 * smoothstep(-10, 10, x) // lateral plateau a little higher
  // Section: wider medially behind (the medial plateau is longer front to back).
  const a = 38
  const b = 24 + 2 * smoothstep(5, -20, x)
  const below = smoothstep(top - 12, top - 38, y) // narrows towards the shaft
  const d2 = ellipse2d(x + 1, z + 4, a - 16 * below, b - 8 * below)
  return roundIntersect(d2, Math.max(y - top, top - 44 - y), 6)
}
/** Intercondylar eminence: two low tubercles between the plateaus, into the femur's notch. */
const eminence = roundCone([-4, -19, -4], [4, -19, -5], 4.5, 4)
const EMINENCE_TOP = -14.5
/** Tibial tuberosity: the tendon's insertion, a broad bump on the front below the plateau. */
const TUBEROSITY: Vec3 = [5, -45, 24]
const tuberosity = ellipsoidAA(TUBEROSITY, [10, 15, 8])
/** Fibular facet: a small shelf under the back of the lateral condyle. */
const fibularFacet = ellipsoidAA([27, -36, -17], [9, 7, 7])
/**
 * Centres of the two malleoli's bulk (knee-centred frame, mm): the medial one's body and the middle
 * of the lateral one's tip. The skin shows its ankle bumps at these heights.
 */
export const MALLEOLUS_CENTRES: { readonly medial: Vec3; readonly lateral: Vec3 } = {
  medial: [-17, PLAFOND_Y - 2, 2],
  lateral: [22.5, ANKLE_Y + 23, -11],
}

/** The medial malleolus: a broad tongue down the inner side of the pilon, then its tip. */
const malleolusBody = ellipsoidAA(MALLEOLUS_CENTRES.medial, [7, 12, 11])
const medialMalleolus = roundCone([-16, PLAFOND_Y + 8, 2], MEDIAL_MALLEOLUS_TIP, 8.5, 5.5)
/** Fibular notch on the lateral side of the pilon, where the fibula sits. */
const fibularNotch = roundCone([24, -345, -9], [23, -390, -11], 8, 8)

const tibiaSdf: Sdf = (x, y, z) => {
  let d = tibiaShaft(x, y, z)
  if (y > -110) {
    d = smin(d, condyles(x, y, z), 16)
    d = smin(d, eminence(x, y, z), 5)
    d = smin(d, tuberosity(x, y, z), 12)
    d = smin(d, fibularFacet(x, y, z), 5)
  }
  if (y < -270) {
    d = smin(d, malleolusBody(x, y, z), 8)
    d = smin(d, medialMalleolus(x, y, z), 6)
    d = ssub(d, fibularNotch(x, y, z), 3)
  }
  return d
}

// ---------------------------------------------------------------------------------------------
// Fibula

const FIBULAR_HEAD_APEX: Vec3 = [34, -32, -24]
const LATERAL_MALLEOLUS_TIP: Vec3 = [22, ANKLE_Y + 19, -11]
const fibulaHead = ellipsoidAA([33, -40, -21], [9.5, 11, 9.5])
const fibulaStyloid = roundCone([33, -38, -23], FIBULAR_HEAD_APEX, 7, 3.5)
/** Shaft: slim and turning slightly forward and inward down the leg, thickening into the malleolus. */
const fibulaNeck = roundCone([33, -46, -21], [31, -150, -19], 6, 6)
const fibulaShaft = roundCone([31, -150, -19], [24.5, -330, -12], 6, 7)
const lateralMalleolus = roundCone([24.5, -330, -12], [22.5, -388, -11], 7, 7.5)
const malleolusTip = roundCone([22.5, -388, -11], LATERAL_MALLEOLUS_TIP, 7.5, 4)

const fibulaSdf: Sdf = (x, y, z) => {
  // The shaft's pieces meet end to end at equal radii: a plain union is seamless there, where a
  // smooth one would leave a bead at each joint.
  let d = Math.min(fibulaShaft(x, y, z), fibulaNeck(x, y, z), lateralMalleolus(x, y, z))
  d = smin(d, fibulaHead(x, y, z), 8)
  d = smin(d, fibulaStyloid(x, y, z), 4)
  d = smin(d, malleolusTip(x, y, z), 4)
  return d
}

// ---------------------------------------------------------------------------------------------
// Patella

/** Centre of the kneecap in the standing pose: high on the femoral groove, 35 mm in front. */
const PATELLA_C: Vec3 = [2, 22, 35]
const PATELLA_HALF_HEIGHT = 22
/**
 * A rounded triangle seen from the front (broad base, pointed apex), a flat front, and a back
 * raised into a median ridge that sits in the femoral groove.
 */
const patellaSdf: Sdf = (x, y, z) => {
  const px = x - PATELLA_C[0]
  const py = y - PATELLA_C[1]
  const pz = z - PATELLA_C[2]
  // Half-width narrows from 22.5 mm at the upper third to a blunt apex.
  const v = py / PATELLA_HALF_HEIGHT
  const halfWidth = 22.5 * (1 - 0.55 * smoothstep(-0.1, -1, v) ** 1.3) - 2 * smoothstep(0.6, 1, v)
  const outline = ellipse2d(px, py, halfWidth, PATELLA_HALF_HEIGHT)
  // Thickness: a flat front 8 mm ahead of the centre, a back 10 mm behind it raised by 3 mm more
  // at the median ridge; both thin towards the base and apex. Written as one slab about its own
  // middle so the field has no seam at the centre plane.
  const u = px / 20
  const shape = 1 - 0.35 * v * v
  const front = 8 * shape
  const rear = (10 + 3 * Math.exp(-u * u * 3)) * shape
  const dz = Math.abs(pz - (front - rear) / 2) - (front + rear) / 2
  return roundIntersect(outline, dz, 5)
}

// ---------------------------------------------------------------------------------------------
// Foot (talus, calcaneus, navicular, cuboid, cuneiforms and five metatarsals as one piece)

/** The skin's foot frame: toes turned out by 7° (generator/skin/skinShape.ts). */
const TOE_OUT = (7 * Math.PI) / 180
const COS_T = Math.cos(TOE_OUT)
const SIN_T = Math.sin(TOE_OUT)

/** In the foot frame: u lateral, v above the floor, w forward. */
const talusBody = ellipsoidAA([-1, 84, -3], [14, 18, 19])
const talusNeck = roundCone([-2, 76, 8], [-6, 62, 24], 11, 10)
const talusHead = ellipsoidAA([-7, 60, 28], [12, 11, 10])
/** Calcaneus: the heel's tuber behind, a tall body under the talus, the anterior process forward. */
const calcaneusTuber = ellipsoidAA([3, 38, -62], [14, 24, 16])
const calcaneusBody = ellipsoidAA([5, 42, -28], [15, 22, 30])
const calcaneusFront = roundCone([6, 44, -10], [13, 40, 14], 15, 12)
const navicular = ellipsoidAA([-6, 55, 40], [12, 10, 8])
const cuboid = ellipsoidAA([17, 35, 26], [12, 12, 14])
const cuneiforms = ellipsoidAA([-3, 46, 58], [19, 13, 11])
/**
 * The midfoot as one mass under the cuneiforms and cuboid: every metatarsal base sinks into
 * it, so no ray can bridge two separate bones and close a loop (the foot must stay genus 0).
 */
const midfoot = ellipsoidAA([3, 43, 52], [22, 13, 20])

/** Metatarsals: base (u, v, w), head (u, v, w), shaft radius at base and head, head radius. */
const METATARSALS: readonly [Vec3, Vec3, number, number][] = [
  [[-15, 42, 66], [-19, 17, 146], 6, 5],
  [[-4, 44, 68], [-6.5, 14, 154], 4.2, 3],
  [[6, 40, 66], [4.5, 13, 148], 4.2, 3],
  [[15, 36, 58], [15, 13, 139], 4.2, 3],
  [[25, 32, 50], [27, 13, 127], 4.4, 3],
]
const RAYS = METATARSALS.map(([b, h, rb, rh]) => roundCone(b, h, rb, rh))
/** The heads: taller than wide, and at least 2.7 mm apart, so no two join and close a loop. */
const HEADS = METATARSALS.map(([, h, , rh]) => ellipsoidAA(h, [rh + 0.8, rh + 3.3, rh + 3.3]))

const footLocal: Sdf = (u, v, w) => {
  let d = smin(talusBody(u, v, w), talusNeck(u, v, w), 8)
  d = smin(d, talusHead(u, v, w), 6)
  // The talus sits on the calcaneus: one rigid piece here, joined with a small fillet.
  d = smin(d, calcaneusBody(u, v, w), 8)
  d = smin(d, calcaneusTuber(u, v, w), 14)
  d = smin(d, calcaneusFront(u, v, w), 12)
  d = smin(d, navicular(u, v, w), 5)
  d = smin(d, cuboid(u, v, w), 8)
  d = smin(d, cuneiforms(u, v, w), 8)
  d = smin(d, midfoot(u, v, w), 10)
  for (let i = 0; i < RAYS.length; i++) {
    // Bases fuse into the midfoot; the shafts stay apart (a small blend, so no web closes a loop).
    const ray = smin(RAYS[i]!(u, v, w), HEADS[i]!(u, v, w), 4)
    d = smin(d, ray, w < 80 ? 6 : 1.5)
  }
  return d
}
const footSdf: Sdf = (x, y, z) => {
  const u = x * COS_T - z * SIN_T
  const w = x * SIN_T + z * COS_T
  return footLocal(u, y - FLOOR, w)
}
/** A foot-frame point in the knee-centred frame. */
const fromFoot = (u: number, v: number, w: number): Vec3 => [u * COS_T + w * SIN_T, v + FLOOR, -u * SIN_T + w * COS_T]

// ---------------------------------------------------------------------------------------------

/** The left tibia: SDF, meshing parameters and landmarks. */
export function tibiaShape(): StructureShape {
  return {
    id: 'tibia_l',
    sdf: tibiaSdf,
    bounds: { min: [-48, -398, -36], max: [48, -8, 40] },
    edgeLength: 1.5,
    targetTriangles: 4400,
    landmarks: {
      tibial_plateau_l: [0, EMINENCE_TOP, -4],
      tibial_tuberosity_l: [TUBEROSITY[0], TUBEROSITY[1], TUBEROSITY[2] + 8],
      medial_malleolus_l: [MEDIAL_MALLEOLUS_TIP[0], MEDIAL_MALLEOLUS_TIP[1] - 5.5, MEDIAL_MALLEOLUS_TIP[2]],
    },
  }
}

/** The left fibula. */
export function fibulaShape(): StructureShape {
  return {
    id: 'fibula_l',
    sdf: fibulaSdf,
    bounds: { min: [14, -410, -40], max: [50, -22, 0] },
    edgeLength: 1.2,
    targetTriangles: 1400,
    landmarks: {
      fibular_head_l: [FIBULAR_HEAD_APEX[0], FIBULAR_HEAD_APEX[1] + 3.5, FIBULAR_HEAD_APEX[2]],
      lateral_malleolus_l: [LATERAL_MALLEOLUS_TIP[0], LATERAL_MALLEOLUS_TIP[1] - 4, LATERAL_MALLEOLUS_TIP[2]],
    },
  }
}

/** The left patella (kneecap). */
export function patellaShape(): StructureShape {
  return {
    id: 'patella_l',
    sdf: patellaSdf,
    bounds: { min: [-26, -6, 18], max: [30, 50, 52] },
    edgeLength: 1,
    targetTriangles: 1200,
    landmarks: {
      patellar_base_l: [PATELLA_C[0], PATELLA_C[1] + PATELLA_HALF_HEIGHT, PATELLA_C[2]],
      patellar_apex_l: [PATELLA_C[0], PATELLA_C[1] - PATELLA_HALF_HEIGHT, PATELLA_C[2]],
    },
  }
}

/** The left foot skeleton (one piece). */
export function footShape(): StructureShape {
  return {
    id: 'foot_l',
    sdf: footSdf,
    bounds: { min: [-50, FLOOR - 4, -100], max: [60, FLOOR + 112, 175] },
    edgeLength: 1.25,
    targetTriangles: 2800,
    landmarks: {},
  }
}

/** Derived figures for the measured report and tests (knee-centred frame, left side). */
export const LOWER_LEG_GEOMETRY = {
  floor: FLOOR,
  plateauY: PLATEAU_Y,
  patellaCentre: PATELLA_C,
  fromFoot,
} as const

/** All four left-side shapes, for the preview tool. */
export const lowerLegShapes = (): StructureShape[] => [tibiaShape(), fibulaShape(), patellaShape(), footShape()]
