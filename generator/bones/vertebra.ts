/**
 * Lumbar vertebrae T12–L5 as signed distance fields.
 *
 * Local frame: origin at the body centre, +Y along the body axis, +Z anterior, +X patient's left.
 * The vertebra is symmetric, so the field is built for the left half and evaluated at |x|; the
 * region classifier uses the sign of x to name the side.
 *
 * Parts: a waisted kidney-shaped body with cupped endplates; pedicles; transverse processes and
 * laminae as flattened plates; superior and inferior articular processes as gently curved plates
 * with a mammillary process; a hatchet-shaped sagittal spinous process with a thick posterior
 * border; the vertebral foramen cut by a smooth-subtracted elliptic cylinder so it is always a
 * real hole (genus 1).
 *
 * The facet joints are placed once, in the frame of the LOWER vertebra of each pair, and the upper
 * vertebra's inferior articular processes are moved into its own frame through the standing
 * layout (`STANDING_SPINE`), so L(n)'s inferior facets sit just posteromedial of L(n+1)'s superior
 * facets in the assembled column with a constant joint gap.
 */
import { SACRAL_BASE, S1_ENDPLATE_DEPTH, STANDING_SPINE } from '../../src/anatomy/skeleton'
import {
  DISC_DIMENSIONS,
  ENDPLATE_CONCAVITY,
  LEVELS,
  VERTEBRAE,
  axisForTilt,
  discRimSpacing,
  type Level,
  type SpineFrame,
} from '../../src/anatomy/spine'
import type { Vec3 } from '../../src/anatomy/types'
import { add, length, rad, rotateX, scale, sub } from '../../src/anatomy/vec'
import { clamp, lerp, smoothstep } from '../../src/anatomy/scalar'
import { chaikin, smax, smin, type Sdf } from '../sdf/primitives'
import {
  boundedFast,
  ellipsoidAA,
  polygonFast,
  sphereAround,
  endplateDip,
  plate,
  plateFrame,
  roundIntersect,
  roundRect2d,
  taperedCapsule2d,
  type KidneyParams,
} from '../sdf/spinePrimitives'
import { lumbarBody2d, roundedTriangle2d, type BodyBackParams } from '../sdf/vertebraPrimitives'
import type { StructureShape } from './types'

/** Depth of the canal-facing concavity of the body's posterior wall (mm). */
export const BODY_INDENT = 1.5
/** Central dip of each endplate below its ring apophysis (mm); the anatomy data owns the figure. */
export const ENDPLATE_DIP = ENDPLATE_CONCAVITY
/** Edge radius where the endplate meets the side wall (mm). The disc insets its faces to match. */
export const BODY_RIM_RADIUS = 1.5
/**
 * The body's concave back seen from above: posterolateral corners 2.5 mm behind the midline
 * posterior wall's nominal line and a dent a little wider than the canal's base (so the canal's
 * lateral recesses are not filled by the body's corners), so the outline is
 * kidney-shaped (design values; the midline depth and the width stay the published ones).
 */
export const BODY_BACK: BodyBackParams = { cornerReach: 2.5, dentHalfWidth: 0.36, midlineShift: 0.7 }
/** The body's outline from above (x, z); the disc uses the same one so its faces match the endplates. */
export const bodyOutline = (k: KidneyParams, x: number, z: number): number => lumbarBody2d(k, BODY_BACK, x, z)

/**
 * Transverse pedicle width (mm), rounded from the isthmus widths of Zindrick et al. 1987
 * (Spine 12:160; ≈8 mm at T12–L2, ≈10 mm at L3, ≈13 mm at L4, ≈16–18 mm at L5), trimmed a little
 * so the pedicle sits beside the canal widths in `VERTEBRAE`.
 */
const PEDICLE_WIDTH: Record<Level, number> = { t12: 7.5, l1: 8, l2: 8.5, l3: 10, l4: 12, l5: 15 }
/** Pedicle height (mm): about 14–16 mm through the lumbar spine in the same series. */
const PEDICLE_HEIGHT: Record<Level, number> = { t12: 16, l1: 15.5, l2: 15, l3: 15, l4: 14.5, l5: 14 }

/**
 * Angle of each vertebra's superior facet plane to the sagittal plane (deg). Upper lumbar joints
 * are near-sagittal and the lower ones turn towards the coronal plane (Bogduk, Clinical Anatomy of
 * the Lumbar Spine and Sacrum, ch. 3: roughly 25–35° above L3, 40–50° at L4–S1); T12's superior
 * facets are thoracic, facing backwards (near-coronal). Rounded illustrative values.
 */
const FACET_ANGLE: Record<Level | 's1', number> = { t12: 72, l1: 26, l2: 30, l3: 36, l4: 44, l5: 50, s1: 52 }

/** Transverse process: root and tip half-heights, root and tip half-thicknesses, tip rise (mm). */
interface TransverseParams {
  readonly rRoot: number
  readonly rTip: number
  readonly thRoot: number
  readonly thTip: number
  readonly rise: number
  /** How far the tip lies behind the root (mm): lumbar processes point laterally and a little back. */
  readonly back: number
}
/** T12 carries only a short tubercle; L5's processes are stout cones that rise and join the body. */
const TRANSVERSE: Record<Level, TransverseParams> = {
  t12: { rRoot: 5.5, rTip: 4.2, thRoot: 3.8, thTip: 3.2, rise: 2, back: 4 },
  l1: { rRoot: 7, rTip: 5, thRoot: 2.6, thTip: 1.8, rise: 0, back: 6 },
  l2: { rRoot: 7.5, rTip: 5.3, thRoot: 2.6, thTip: 1.8, rise: 0, back: 6 },
  l3: { rRoot: 8, rTip: 5.6, thRoot: 2.7, thTip: 1.9, rise: 1, back: 6 },
  l4: { rRoot: 8.5, rTip: 5.8, thRoot: 2.9, thTip: 2.0, rise: 3, back: 6 },
  l5: { rRoot: 10.5, rTip: 6.5, thRoot: 4.6, thTip: 3.2, rise: 7, back: 5 },
}

/**
 * Downward slope of the spinous process (deg). Lumbar processes run nearly straight back, angled
 * slightly down; T12's is transitional and points more steeply down, as a thoracic one does.
 */
const SPINOUS_DROOP: Record<Level, number> = { t12: 26, l1: 12, l2: 9, l3: 7, l4: 6, l5: 8 }

/**
 * Corner radius of the canal's rounded triangle (mm): sharper in the lower lumbar spine, where the
 * canal becomes trefoil-like with deep lateral recesses, rounder at T12, whose canal is near oval.
 */
const CANAL_CORNER: Record<Level, number> = { t12: 6.5, l1: 5.5, l2: 5, l3: 4.5, l4: 4.2, l5: 4 }

/**
 * Spinous process half-thickness (mediolateral, mm) along its neck and at its thickened tip. A
 * lumbar process is a vertical plate about 8–12 mm thick with a club-like posterior border; T12's
 * is more slender. Design values.
 */
const SPINOUS_TH: Record<Level, { neck: number; tip: number }> = {
  t12: { neck: 3.3, tip: 3.9 },
  l1: { neck: 4.1, tip: 4.8 },
  l2: { neck: 4.2, tip: 5.0 },
  l3: { neck: 4.3, tip: 5.1 },
  l4: { neck: 4.3, tip: 5.1 },
  l5: { neck: 4.1, tip: 4.9 },
}
/** Height of the spinous process at its tip end, as a fraction of the body height (design values). */
const SPINOUS_TIP_HEIGHT: Record<Level, number> = { t12: 0.85, l1: 1.14, l2: 1.14, l3: 1.14, l4: 1.12, l5: 1.08 }

/** Facet joint gap (mm) and the half-thicknesses of the articular processes. */
const JOINT_GAP = 1.6
const SAP_TH = 3.2
const IAP_TH = 3.0
/**
 * Facet curvature (1/mm): superior facets concave, inferior convex, about an 16 mm radius, so the
 * lumbar superior facet reads as the curved, J-shaped surface that wraps the inferior process.
 */
const FACET_BEND = 1 / 16

/** Dimensions of a level, or of a virtual S1 built only to place L5's inferior facets. */
interface Dims {
  readonly h: number
  readonly w: number
  readonly d: number
  readonly cw: number
  readonly cd: number
  readonly pw: number
  /** Mid height of the disc above (places the superior facet joint at that disc's level). */
  readonly discAbove: number
}

const dimsOf = (level: Level): Dims => {
  const i = LEVELS.indexOf(level)
  const v = VERTEBRAE[i]!
  return {
    h: v.bodyHeight,
    w: v.bodyWidth,
    d: v.bodyDepth,
    cw: v.canalWidth,
    cd: v.canalDepth,
    pw: PEDICLE_WIDTH[level],
    // T12 has no modelled disc above; use a thoracic-sized one
    discAbove: i > 0 ? discRimSpacing(DISC_DIMENSIONS[i - 1]!) : 6,
  }
}
/** Virtual S1: sacral canal and facet spacing a step wider than L5. */
const S1_DIMS: Dims = {
  h: 28,
  w: 50,
  d: S1_ENDPLATE_DEPTH,
  cw: 30,
  cd: 14,
  pw: 18,
  discAbove: discRimSpacing(DISC_DIMENSIONS[5]!),
}

/** Posterior wall of the body in the midline (z), for a level's dimensions. */
const canalFrontZ = (m: Dims): number => -m.d / 2 + BODY_INDENT

/** A facet joint of the left side: centre, unit normal (out of the superior facet) and vertical axis. */
interface Facet {
  readonly c: Vec3
  readonly n: Vec3
  readonly up: Vec3
}

/** The left superior facet of a vertebra with dimensions m, in its own frame. */
const superiorFacet = (m: Dims, angleDeg: number): Facet => {
  const a = rad(angleDeg)
  return {
    c: [m.cw / 2 + 0.25 * m.pw, m.h / 2 + 0.22 * m.discAbove, canalFrontZ(m) - 0.65 * m.cd],
    // faces medially and backwards (towards the inferior process of the vertebra above)
    n: [-Math.cos(a), 0, -Math.sin(a)],
    up: [0, 1, 0],
  }
}

const toWorld = (f: SpineFrame, p: Vec3): Vec3 => add(f.origin, rotateX(p, rad(f.tiltDeg)))
const toLocal = (f: SpineFrame, p: Vec3): Vec3 => rotateX(sub(p, f.origin), -rad(f.tiltDeg))
const dirToLocal = (from: SpineFrame, to: SpineFrame, v: Vec3): Vec3 => rotateX(v, rad(from.tiltDeg - to.tiltDeg))

/** Frame of the vertebra below `level` in the standing column (a virtual S1 below L5). */
const frameBelow = (level: Level): { frame: SpineFrame; dims: Dims; angle: number } => {
  const i = LEVELS.indexOf(level)
  const next = LEVELS[i + 1]
  if (next) return { frame: STANDING_SPINE.vertebrae[next], dims: dimsOf(next), angle: FACET_ANGLE[next] }
  const origin = sub(SACRAL_BASE.centre, scale(axisForTilt(SACRAL_BASE.slopeDeg), S1_DIMS.h / 2))
  return { frame: { origin, tiltDeg: SACRAL_BASE.slopeDeg }, dims: S1_DIMS, angle: FACET_ANGLE.s1 }
}

/** The left inferior facet joint of `level` (with the vertebra below), in `level`'s own frame. */
const inferiorFacet = (level: Level): Facet => {
  const own = STANDING_SPINE.vertebrae[level]
  const below = frameBelow(level)
  const f = superiorFacet(below.dims, below.angle)
  return {
    c: toLocal(own, toWorld(below.frame, f.c)),
    n: dirToLocal(below.frame, own, f.n),
    up: dirToLocal(below.frame, own, f.up),
  }
}

const X: Vec3 = [1, 0, 0]
const Y: Vec3 = [0, 1, 0]
const Z: Vec3 = [0, 0, 1]
const mid = (a: Vec3, b: Vec3): Vec3 => scale(add(a, b), 0.5)
const constTh = (t: number) => () => t

/** Everything the field and the classifier need for one level. */
interface VertebraModel {
  readonly sdf: Sdf
  readonly body: Sdf
  readonly transverse: Sdf
  readonly bounds: { min: Vec3; max: Vec3 }
  readonly landmarks: Record<string, Vec3>
  readonly tpRootX: number
  readonly tpTipX: number
  readonly pedicleBaseZ: number
  /** Superior and inferior endplate heights at (x, z). */
  readonly top: (x: number, z: number) => number
  readonly bot: (x: number, z: number) => number
}

/** Half-angle tangent of the body wedge; the endplates tilt by ±wedge/2 about X. */
const wedgeTan = (deg: number): number => Math.tan(rad(deg) / 2)

/** Build the field of one vertebra and the data for its landmarks and regions. */
function buildVertebra(level: Level): VertebraModel {
  const V = VERTEBRAE[LEVELS.indexOf(level)]!
  const m = dimsOf(level)
  const { h, d: D, cw, cd, pw } = m
  const hd = D / 2
  const tw = wedgeTan(V.bodyWedgeDeg)
  const K: KidneyParams = { width: V.bodyWidth, depth: D, indent: BODY_INDENT }

  // ---------------------------------------------------------------- body
  /** Endplate height at (x, z): tilted by half the wedge, dipped in the middle. */
  const top = (x: number, z: number) => h / 2 + z * tw - endplateDip(K, ENDPLATE_DIP, x, z)
  const bot = (x: number, z: number) => -h / 2 - z * tw + endplateDip(K, ENDPLATE_DIP, x, z)
  const bodyRaw: Sdf = (x, y, z) => {
    // waist: up to 2.2 mm in front and at the sides, none on the flat posterior wall
    const s = clamp(y / (h / 2), -1, 1)
    const waist = 2.2 * smoothstep(-hd, -0.3 * hd, z) * (1 - s * s) * (1 - s * s)
    const d2 = bodyOutline(K, x, z) + waist
    const dy = Math.max(y - top(x, z), bot(x, z) - y)
    return roundIntersect(d2, dy, BODY_RIM_RADIUS)
  }
  const bodyR = length([V.bodyWidth / 2 + 1, h / 2 + hd * Math.abs(tw) + 1, hd + 2])
  const body = boundedFast(bodyRaw, [0, 0, 0], bodyR, 8)

  // ---------------------------------------------------------------- canal
  const zWall = canalFrontZ(m)
  const zL = zWall - cd // posterior canal wall = front of the laminae in the midline
  // The lumbar canal is a rounded triangle: its base is the body's concave back between the
  // pedicles, its apex the midline junction of the laminae. The cutter reaches into the body and
  // is then clipped to the outside of the body's outline, so it opens the canal without ever
  // notching the body.
  const canalTri = roundedTriangle2d(
    [-(cw / 2) * 1.45, zWall + 2],
    [(cw / 2) * 1.45, zWall + 2],
    [0, zWall - cd],
    CANAL_CORNER[level],
  )
  const canal = (x: number, z: number) => smax(canalTri(x, z), 0.6 - bodyOutline(K, x, z), 2)

  // ---------------------------------------------------------------- pedicle + SAP + mammillary
  const xp = cw / 2 + pw / 2
  const yp = 0.22 * h
  const zPedEnd = zWall - 0.6 * cd
  const pedA: Vec3 = [xp - 1, yp, zWall + 6]
  const pedB: Vec3 = [xp + 1, yp - 0.5, zPedEnd]
  const ph = PEDICLE_HEIGHT[level] / 2
  const pedicle = plate(
    plateFrame(pedA, sub(pedB, pedA), X),
    taperedCapsule2d(ph, ph * 0.9, length(sub(pedB, pedA))),
    constTh(pw / 2),
  )

  const sf = superiorFacet(m, FACET_ANGLE[level])
  const sapCentre = add(sf.c, scale(sf.n, -(JOINT_GAP / 2 + SAP_TH)))
  const sapLow = Math.max(8, sapCentre[1] - yp)
  const sapHigh = 4
  const sapFrame = plateFrame(sub(sapCentre, [0, sapLow, 0]), Y, sf.n)
  const sap = plate(sapFrame, taperedCapsule2d(8.5, 6.5, sapLow + sapHigh), constTh(SAP_TH), FACET_BEND)
  // mammillary process: a rounded tubercle on the posterior border of the superior articular process
  const back = sapFrame.ub // n × up: points posterolaterally along the facet
  const mammC = add(add(sapCentre, scale(back, 8)), add(scale(sf.n, -2.5), [0, -3, 0]))
  const mammillary = ellipsoidAA(mammC, [3.6, 4.8, 3.6])
  const pedSapRaw: Sdf = (x, y, z) => {
    let dd = pedicle(x, y, z)
    dd = smin(dd, sap(x, y, z), 4)
    return smin(dd, mammillary(x, y, z), 2.5)
  }
  const pedSapS = sphereAround([pedA, pedB, add(sapCentre, [0, sapHigh, 0]), sub(sapCentre, [0, sapLow, 0]), mammC], 8)
  const pedSap = boundedFast(pedSapRaw, pedSapS.c, pedSapS.r, 8)

  // ---------------------------------------------------------------- transverse process
  const T = TRANSVERSE[level]
  const tpRoot: Vec3 = [xp + 0.1 * pw, 0.06 * h, zPedEnd + 2]
  const tpTip: Vec3 = [V.transverseSpan / 2 - T.rTip, tpRoot[1] + T.rise, tpRoot[2] - T.back]
  const tpLen = length(sub(tpTip, tpRoot))
  const transverseRaw = plate(
    plateFrame(tpRoot, sub(tpTip, tpRoot), Z),
    taperedCapsule2d(T.rRoot, T.rTip, tpLen),
    (a) => lerp(T.thRoot, T.thTip, smoothstep(0, tpLen, a)),
  )
  // accessory process: a small tubercle behind the root of the transverse process
  const accC: Vec3 = [xp + 0.3 * pw + 2, tpRoot[1] - 3, zPedEnd - 2]
  const accessory = ellipsoidAA(accC, [2.2, 3, 2.2])
  const tpS = sphereAround([tpRoot, tpTip, accC], T.rRoot + 1)
  const transverse = boundedFast((x, y, z) => smin(transverseRaw(x, y, z), accessory(x, y, z), 2.5), tpS.c, tpS.r, 10)

  // ---------------------------------------------------------------- lamina + IAP
  const inf = inferiorFacet(level)
  const iapCentre = add(inf.c, scale(inf.n, JOINT_GAP / 2 + IAP_TH))
  const iapLow = 2
  const yLam = -0.14 * h
  const lamHalfH = 0.42 * h
  // the inferior process rises from the facet to the lower lateral corner of the lamina
  const iapHigh = Math.max(10, yLam - iapCentre[1] + 2)
  const iapFrame = plateFrame(sub(iapCentre, scale(inf.up, iapLow)), inf.up, inf.n)
  const iap = plate(iapFrame, taperedCapsule2d(7, 7.5, iapLow + iapHigh), constTh(IAP_TH), FACET_BEND)

  const lamLat: Vec3 = [sf.c[0] - 1.5, yLam, sf.c[2] - 3]
  const lamMid: Vec3 = [-1.5, yLam - 1, zL - 3]
  const lamAlong = sub(lamMid, lamLat)
  const lamNormal: Vec3 = [-lamAlong[2], 0.5 * length(lamAlong), lamAlong[0]] // posterior, tilted up: the roof slopes down and back
  const lamina = plate(
    plateFrame(mid(lamLat, lamMid), lamAlong, lamNormal),
    roundRect2d(length(lamAlong) / 2 + 2, lamHalfH, 4.5),
    constTh(3.4),
  )
  const lamS = sphereAround(
    [lamLat, lamMid, add(lamLat, [0, lamHalfH, 0]), sub(lamMid, [0, lamHalfH, 0]), sub(iapCentre, [0, iapLow, 0])],
    8,
  )
  const lamIap = boundedFast((x, y, z) => smin(lamina(x, y, z), iap(x, y, z), 4), lamS.c, lamS.r, 8)

  // ---------------------------------------------------------------- spinous process
  const a0 = -zL - 3
  const a1 = -zL + V.spinousLength
  const L = a1 - a0
  const yTopTip = 0.34 * h
  const yBotTip = yTopTip - SPINOUS_TIP_HEIGHT[level] * h
  const yTopRoot = 0.2 * h
  const yBotRoot = -0.5 * h
  // hatchet outline in (a = distance behind the origin, b = y): a narrow neck, a tall square-ish end
  const droop = rad(SPINOUS_DROOP[level])
  const spPts = chaikin(
    [
      [a0, yTopRoot],
      [a0 + 0.45 * L, yTopRoot - 1],
      [a1 - 5, yTopTip],
      [a1 + 0.5, yTopTip - 5],
      [a1 + 1, 0.5 * (yTopTip + yBotTip)],
      [a1 + 0.5, yBotTip + 5],
      [a1 - 6, yBotTip],
      [a0 + 0.5 * L, 0.5 * (yBotRoot + yBotTip) + 1.5],
      [a0, yBotRoot],
    ].map(([a, b]) => {
      // droop: rotate about the root so the tip points a little downwards
      const da = a! - a0
      return [a0 + da * Math.cos(droop) + b! * Math.sin(droop), b! * Math.cos(droop) - da * Math.sin(droop)] as [
        number,
        number,
      ]
    }),
    2,
  )
  const spOutline = polygonFast(spPts)
  // a plate about 8 mm thick at the neck whose posterior border thickens into a club (≈10 mm)
  const ST = SPINOUS_TH[level]
  const spTh = (a: number) => ST.neck + (ST.tip - ST.neck) * smoothstep(a1 - 20, a1 - 3, a)
  const spinous = plate(plateFrame([0, 0, 0], [0, 0, -1], X), spOutline, spTh)
  const tipMidB = 0.5 * (yTopTip + yBotTip) - L * Math.sin(droop)
  const spMinY = Math.min(...spPts.map((p) => p[1]))
  const spMaxY = Math.max(...spPts.map((p) => p[1]))
  const spS = sphereAround(
    [
      [0, spMinY, -a0],
      [0, spMaxY, -a0],
      [0, spMinY, -a1],
      [0, spMaxY, -a1],
    ],
    6,
  )
  const spB = boundedFast(spinous, spS.c, spS.r, 8)

  // T12's costal facet for the head of the 12th rib: a shallow pit high on the side of the body
  const costal = level === 't12' ? ellipsoidAA([V.bodyWidth / 2 + 1.6, 0.24 * h, zWall + 7], [4.8, 5.5, 5.5]) : null

  const half: Sdf = (x, y, z) => {
    let dd = body(x, y, z)
    dd = smin(dd, pedSap(x, y, z), 4)
    dd = smin(dd, transverse(x, y, z), 5)
    dd = smin(dd, lamIap(x, y, z), 4)
    dd = smin(dd, spB(x, y, z), 4)
    // far outside, cutters can only push the value up: the current value is a safe lower bound
    if (dd > 5) return dd
    if (costal) dd = smax(dd, -costal(x, y, z), 1.5)
    return smax(dd, -canal(x, z), 3.5)
  }
  const sdf: Sdf = (x, y, z) => half(Math.abs(x), y, z)

  const yMin = Math.min(iapCentre[1] - iapLow - 7, spMinY, -h / 2 - hd * Math.abs(tw)) - 4
  const yMax = Math.max(sapCentre[1] + sapHigh + 7, h / 2 + hd * Math.abs(tw), spMaxY) + 4
  const xMax = Math.max(V.transverseSpan / 2, V.bodyWidth / 2) + 4
  const bounds = { min: [-xMax, yMin, -a1 - 6] as Vec3, max: [xMax, yMax, hd + 4] as Vec3 }

  const tipL: Vec3 = [V.transverseSpan / 2, tpTip[1], tpTip[2]]
  const landmarks: Record<string, Vec3> = {
    [`${level}_body_centre`]: [0, 0, 0],
    [`${level}_spinous_tip`]: [0, tipMidB, -a1],
    [`${level}_transverse_tip_l`]: tipL,
    [`${level}_transverse_tip_r`]: [-tipL[0], tipL[1], tipL[2]],
  }
  if (level === 't12') {
    landmarks.t12_endplate_superior_anterior = [0, top(0, hd), hd]
    landmarks.t12_endplate_superior_posterior = [0, top(0, zWall), zWall]
  }
  const mirrored =
    (f: Sdf): Sdf =>
    (x, y, z) =>
      f(Math.abs(x), y, z)
  return {
    sdf,
    body: mirrored(bodyRaw),
    transverse: mirrored(transverseRaw),
    bounds,
    landmarks,
    tpRootX: xp + pw / 2,
    tpTipX: V.transverseSpan / 2,
    pedicleBaseZ: zWall + 4,
    top,
    bot,
  }
}

/** Vertebral levels with a psoas origin on the transverse process (L1–L5; T12 has none). */
const TP_PSOAS = new Set<Level>(['l1', 'l2', 'l3', 'l4', 'l5'])

/**
 * The shape of one vertebra (T12–L5) in its local frame (origin at the body centre), with its
 * landmarks and the psoas major origin regions on the body and on the transverse processes.
 */
export function vertebraShape(level: Level): StructureShape {
  const M = buildVertebra(level)
  const region = (p: Vec3, n: Vec3): string | null => {
    const [x, y, z] = p
    const side = x >= 0 ? 'l' : 'r'
    const ax = Math.abs(x)
    // body: anterolateral and lateral surface, from 38° off the anterior midline (the front is the
    // anterior longitudinal ligament's, not psoas') back to the pedicle
    // base, over most of the height (2.5 mm clear of each endplate rim)
    if (M.body(x, y, z) < 0.6) {
      const phi = (Math.atan2(ax, z) * 180) / Math.PI
      const inBand = y < M.top(ax, z) - 2.5 && y > M.bot(ax, z) + 2.5
      if (phi > 38 && z > M.pedicleBaseZ && inBand && Math.abs(n[1]) < 0.65)
        return `psoas_major_origin_${level}_body_${side}`
      return null
    }
    // transverse process: anterior surface of the medial two-thirds
    if (TP_PSOAS.has(level) && M.transverse(x, y, z) < 0.6 && n[2] > 0.3) {
      const lim = M.tpRootX + (2 / 3) * (M.tpTipX - M.tpRootX)
      if (ax > M.tpRootX - 3 && ax < lim) return `psoas_major_origin_${level}_transverse_${side}`
    }
    return null
  }
  return {
    id: level,
    sdf: M.sdf,
    bounds: M.bounds,
    edgeLength: 1.2,
    targetTriangles: 14000,
    landmarks: M.landmarks,
    region,
  }
}
