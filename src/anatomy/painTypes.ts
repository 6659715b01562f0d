import type { Side, Vec3 } from './types'

/**
 * Types of the referred-pain data (`painPatterns.ts`). A pattern is a muscle's referral map: zones
 * on the body surface, each described from skeletal landmarks and distances (never from a mesh),
 * so the same data paints any skin built around our skeleton.
 *
 * Every zone is written for the patient's LEFT side (+X lateral). The right side is its mirror
 * image: a right-side point is evaluated by mirroring it (x → −x) onto the left.
 */

/** The muscles with a referral pattern. */
export type PainMuscleId =
  | 'iliopsoas'
  | 'quadratus_lumborum'
  | 'gluteus_medius'
  | 'gluteus_minimus'
  | 'tensor_fasciae_latae'
  | 'rectus_femoris'
  | 'sartorius'

/** Essential: felt by nearly every patient with an active trigger point; spillover: by some. */
export type ZoneKind = 'essential' | 'spillover'

/** The side(s) shown: the patient's left, right, or both. */
export type PainSide = Side | 'both'

/** Which way the skin must face to belong to a zone (left-side frame: lateral = +X, medial = −X). */
export type Facing = 'posterior' | 'anterior' | 'lateral' | 'medial' | 'any'

/** A height: the standing height (Y) of a landmark, moved up (+) or down (−) by `offsetCm`. */
export interface LevelRef {
  readonly landmark: string
  readonly offsetCm?: number
}

/** A point: a landmark (left-side id) plus an offset in cm (left-side frame: +X lateral, +Y up, +Z forward). */
export interface PointRef {
  readonly landmark: string
  readonly offsetCm?: Vec3
}

/**
 * A band on the trunk between two heights and two distances from the midline. It paints a box
 * with rounded corners; the patterns use {@link SurfaceStrip} and {@link Oval} instead, which
 * follow the charts' outlines.
 */
export interface TrunkBand {
  readonly type: 'trunkBand'
  readonly top: LevelRef
  readonly bottom: LevelRef
  /** Horizontal distance from the midsagittal plane, cm: [from, to]. */
  readonly lateralCm: readonly [number, number]
  readonly facing: Facing
}

/**
 * A band on a limb segment: a stretch along its axis and a sector around it (a strip of constant
 * angular width; {@link LimbStrip} tapers and can run on from the thigh onto the leg).
 * Thigh axis: femoral head centre → knee centre; leg axis: knee centre → ankle centre.
 */
export interface LimbBand {
  readonly type: 'limbBand'
  readonly segment: 'thigh' | 'leg'
  /** Fractions along the axis, 0 = proximal joint centre, 1 = distal; may run past 0 or 1. */
  readonly along: readonly [number, number]
  /**
   * Sector around the axis, degrees: 0 anterior, 90 lateral, 180 posterior, −90 medial. With
   * `centreEnd`, the sector's centre turns linearly from `centre` at `along[0]` to `centreEnd` at
   * `along[1]` (held beyond them): an oblique ribbon such as the sartorius course.
   */
  readonly aroundDeg: { readonly centre: number; readonly halfWidth: number; readonly centreEnd?: number }
}

/** A round patch of skin around a point. */
export interface Patch {
  readonly type: 'patch'
  readonly centre: PointRef
  readonly radiusCm: number
  readonly facing: Facing
}

/** The facings a surface strip or oval can be measured across (a direction, so not `any`). */
export type SurfaceFacing = Exclude<Facing, 'any'>

/** One point of a surface strip's centre curve, with the strip's half-width there. */
export interface StripNode {
  readonly at: PointRef
  readonly halfWidthCm: number
}

/**
 * A strip on the trunk: a smooth centre curve through landmark-derived points, its half-width
 * varying along the curve (a tapering band; with two nodes, a capsule). Distances are measured in
 * the plane across `facing` (for `posterior`, left–right and up–down), which on the broad, gently
 * curved skin of the back, buttock, flank or belly is close to the distance along the skin and
 * does not depend on how deep the landmark lies under it.
 */
export interface SurfaceStrip {
  readonly type: 'strip'
  /** At least two nodes, in order along the curve. */
  readonly path: readonly StripNode[]
  readonly facing: SurfaceFacing
  /**
   * No paint within this distance of the midsagittal plane (the charts leave the spinous
   * processes bare); the zone fades in over the next centimetre (`painZoneShapes.ts`).
   */
  readonly midlineGapCm?: number
}

/**
 * An oval (ellipse) on the skin: centred on a point, its long axis pointing towards another
 * point, both measured in the plane across `facing`.
 */
export interface Oval {
  readonly type: 'oval'
  readonly centre: PointRef
  /** The long axis points from the centre towards here (only its direction counts). */
  readonly towards: PointRef
  /** Half-length along the long axis, cm. */
  readonly alongCm: number
  /** Half-width across it, cm (at most `alongCm`). */
  readonly acrossCm: number
  readonly facing: SurfaceFacing
}

/**
 * One point of a limb strip's centre curve: a fraction along a segment's axis (as in
 * {@link LimbBand}), an angle around it (0 anterior, 90 lateral, 180 posterior, −90 medial) and
 * the half-width there.
 */
export interface LimbNode {
  readonly segment: 'thigh' | 'leg'
  readonly along: number
  readonly aroundDeg: number
  readonly halfWidthCm: number
}

/**
 * A strip down the lower limb: a smooth centre curve on the limb, which may run from the thigh
 * onto the leg, with a varying half-width. The limb is treated as a cylinder unrolled flat:
 * distance along the axis in cm, and around it as arc length at the point's own distance from the
 * axis — the shortest path on the skin of a cylinder.
 */
export interface LimbStrip {
  readonly type: 'limbStrip'
  /** At least two nodes, in order along the limb (thigh nodes before leg nodes). */
  readonly path: readonly LimbNode[]
}

export type ZoneShape = TrunkBand | LimbBand | Patch | SurfaceStrip | Oval | LimbStrip

/** One area of a referral pattern. */
export interface PainZone {
  readonly id: string
  readonly kind: ZoneKind
  /** Plain-words description shown to clinicians, e.g. "beside the lumbar spine, T12 to the sacrum". */
  readonly label: string
  readonly shape: ZoneShape
  /** Peak intensity, 0–1 (essential typically 1, spillover about 0.5). */
  readonly weight: number
  /** Width of the soft edge, cm: intensity fades from full to zero over this distance outside the shape. */
  readonly edgeCm: number
  /** Shown only when the pain side is "both" (e.g. iliopsoas on both sides → band across the low back). */
  readonly bothSidesOnly?: boolean
  /** Source keys (`PAIN_SOURCES`). */
  readonly sources: readonly string[]
}

/** A trigger-point site: the X on the charts. */
export interface TriggerPoint {
  readonly id: string
  readonly name: string
  /** Where to put the marker (left side); the app places it on the skin nearest this point in `facing` direction. */
  readonly at: PointRef
  readonly facing: Facing
  readonly depth: 'superficial' | 'deep'
  /** One line, our own words: how a clinician finds it. */
  readonly hint: string
  readonly sources: readonly string[]
}

/** A muscle's referral pattern. */
export interface PainPattern {
  readonly muscle: PainMuscleId
  /** Display name, used in "Pain pattern: <name>". */
  readonly name: string
  /** Muscle ids in the 3D scene this pattern belongs to (selecting one shows the pattern). */
  readonly sceneMuscles: readonly string[]
  readonly zones: readonly PainZone[]
  readonly triggerPoints: readonly TriggerPoint[]
  /** One or two sentences, our own words: what the patient typically feels. */
  readonly summary: string
  /** Pattern-level source keys. */
  readonly sources: readonly string[]
  /** Caveats specific to this pattern (e.g. sources do not separate psoas from iliacus). */
  readonly notes?: readonly string[]
}

/** A citation for the pain data. */
export interface PainSource {
  readonly key: string
  readonly title: string
  readonly url: string
}
