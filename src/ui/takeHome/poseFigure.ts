import type { Pose } from '../../anatomy/poses'
import type { Side } from '../../anatomy/types'

/**
 * A side-view stick figure from a pose's joint angles: trunk, pelvis, thigh, shank and foot of
 * both legs, and the head. Plain maths on numbers, so it is unit-tested; `PoseFigure.tsx` draws it.
 *
 * Frame: x forward (the way the figure faces), y up, in units of body height, hip joint at the
 * origin before the figure is stood on the floor.
 *
 * Segment lengths are fractions of body height after Winter, Biomechanics and Motor Control of
 * Human Movement (4th ed., Wiley 2009), fig. 4.1 (from Drillis and Contini): shoulder at 0.818,
 * hip (greater trochanter) 0.530, knee 0.285 and ankle 0.039 of the height; foot 0.152 long.
 *
 * Angles follow `poses.ts`: a posterior pelvic tilt turns the pelvis (and, at a given hip angle,
 * the thigh) forward, so a thigh's angle from hanging straight down is hip flexion + tilt (sitting:
 * 72° + 18° = level); the trunk leans back by the tilt less the lumbar flexion it takes up; a
 * shank swings back from its thigh by the knee flexion.
 */

export const SEGMENT = {
  trunk: 0.818 - 0.53,
  thigh: 0.53 - 0.285,
  shank: 0.285 - 0.039,
  ankleHeight: 0.039,
  /** Ankle to toe tip: about four fifths of the foot's length. */
  foot: 0.152 * 0.8,
  heel: 0.152 * 0.2,
  neck: 0.05,
  headRadius: 0.065,
  /** Half the width of the pelvis drawn as a bar through the hip joint. */
  pelvis: 0.06,
} as const

export type Point = readonly [number, number]

/** One leg: hip → knee → ankle, and the foot's heel and toe. */
export interface FigureLeg {
  readonly side: Side
  readonly hip: Point
  readonly knee: Point
  readonly ankle: Point
  readonly heel: Point
  readonly toe: Point
}

export interface Figure {
  readonly hip: Point
  readonly shoulder: Point
  readonly head: Point
  readonly headRadius: number
  /** The two ends of the pelvis bar (back, front). */
  readonly pelvis: readonly [Point, Point]
  readonly legs: readonly [FigureLeg, FigureLeg]
  /** The floor's height: the lowest point of the figure. */
  readonly floor: number
}

const rad = (deg: number): number => (deg * Math.PI) / 180
const add = (p: Point, d: Point, k: number): Point => [p[0] + d[0] * k, p[1] + d[1] * k]
/** Unit vector at `deg` forward of straight down. */
const down = (deg: number): Point => [Math.sin(rad(deg)), -Math.cos(rad(deg))]
/** Turn a point a quarter turn anticlockwise about the origin: an upright figure lies on its back. */
const lieDown = (p: Point): Point => [-p[1], p[0]]

/** A shank within this angle of vertical stands on a flat foot; otherwise the foot follows the shin. */
const FLAT_FOOT_DEG = 50

/**
 * The figure of a pose. `lying` lays it on its back, head to the left (the release is done lying
 * down; the 3D model shows it standing up because it has no floor).
 */
export function poseFigure(pose: Pose, lying = false): Figure {
  const turn = (p: Point): Point => (lying ? lieDown(p) : p)
  const sumLumbar = Object.values(pose.lumbarFlexionDeg).reduce((a, b) => a + b, 0)
  const lean = pose.pelvisTiltDeg - sumLumbar
  const hip: Point = [0, 0]
  const trunkDir: Point = [-Math.sin(rad(lean)), Math.cos(rad(lean))]
  const shoulder = add(hip, trunkDir, SEGMENT.trunk)
  const head = add(shoulder, trunkDir, SEGMENT.neck + SEGMENT.headRadius)
  // The pelvis bar tips with the tilt: a posterior tilt lifts its front.
  const bar: Point = [Math.cos(rad(pose.pelvisTiltDeg)), Math.sin(rad(pose.pelvisTiltDeg))]
  const pelvis: [Point, Point] = [add(hip, bar, -SEGMENT.pelvis), add(hip, bar, SEGMENT.pelvis)]
  const leg = (side: Side): FigureLeg => {
    const thighDeg = pose.hipFlexionDeg[side] + pose.pelvisTiltDeg
    const shankDeg = thighDeg - pose.kneeFlexionDeg[side]
    const knee = turn(add(hip, down(thighDeg), SEGMENT.thigh))
    const shankDir = turn(down(shankDeg))
    const ankle = add(knee, shankDir, SEGMENT.shank)
    // Angle of the (turned) shank from straight down, either way.
    const fromVertical = (Math.acos(Math.max(-1, Math.min(1, -shankDir[1]))) * 180) / Math.PI
    if (fromVertical <= FLAT_FOOT_DEG) {
      const sole = ankle[1] - SEGMENT.ankleHeight
      return { side, hip, knee, ankle, heel: [ankle[0] - SEGMENT.heel, sole], toe: [ankle[0] + SEGMENT.foot, sole] }
    }
    // Kneeling or the foot up on a couch: the foot points along the shin (ankle stretched).
    return { side, hip, knee, ankle, heel: ankle, toe: add(ankle, shankDir, SEGMENT.foot) }
  }
  const legs: [FigureLeg, FigureLeg] = [leg('l'), leg('r')]
  const turned = {
    hip,
    shoulder: turn(shoulder),
    head: turn(head),
    pelvis: [turn(pelvis[0]), turn(pelvis[1])] as [Point, Point],
  }
  const lowest = [
    turned.shoulder[1],
    turned.head[1] - SEGMENT.headRadius,
    ...turned.pelvis.map((p) => p[1]),
    ...legs.flatMap((l) => [l.knee[1], l.ankle[1], l.heel[1], l.toe[1]]),
  ]
  return { ...turned, headRadius: SEGMENT.headRadius, legs, floor: Math.min(...lowest) }
}

/** The smallest box around a figure, with the floor: [minX, minY, maxX, maxY]. */
export function figureBounds(f: Figure): [number, number, number, number] {
  const pts: Point[] = [
    f.hip,
    f.shoulder,
    ...f.pelvis,
    ...f.legs.flatMap((l) => [l.knee, l.ankle, l.heel, l.toe]),
    [f.head[0] - f.headRadius, f.head[1] - f.headRadius],
    [f.head[0] + f.headRadius, f.head[1] + f.headRadius],
  ]
  const xs = pts.map((p) => p[0])
  const ys = pts.map((p) => p[1])
  return [Math.min(...xs), Math.min(f.floor, ...ys), Math.max(...xs), Math.max(...ys)]
}
