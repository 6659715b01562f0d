import type { PublishedRange, Source, Vec3 } from './types'
import { add, rad, rotateX, scale } from './vec'

/** The vertebral levels we model, top to bottom. */
export const LEVELS = ['t12', 'l1', 'l2', 'l3', 'l4', 'l5'] as const
export type Level = (typeof LEVELS)[number]

/** Intervertebral discs, top to bottom; `l5_s1` sits on the sacrum. */
export const DISCS = ['t12_l1', 'l1_l2', 'l2_l3', 'l3_l4', 'l4_l5', 'l5_s1'] as const
export type DiscId = (typeof DISCS)[number]

/** One vertebra's size, from the published figures. Millimetres and degrees. */
export interface VertebraDimensions {
  readonly level: Level
  /** Body height at mid-depth (endplate to endplate). */
  readonly bodyHeight: number
  /** Body width (left–right) at mid-height. */
  readonly bodyWidth: number
  /** Body depth (anterior–posterior) at mid-height. */
  readonly bodyDepth: number
  /** Body wedge: anterior minus posterior height as an angle; positive = lordotic (taller in front). */
  readonly bodyWedgeDeg: number
  /** Tip-to-tip span of the transverse processes. Longest at L3. */
  readonly transverseSpan: number
  /** Spinous process length, from the posterior wall of the vertebral canal to its tip. */
  readonly spinousLength: number
  /** Vertebral canal width (left–right) and depth (anterior–posterior). */
  readonly canalWidth: number
  readonly canalDepth: number
  readonly source: Source
}

const CLOUTHIER: Source = {
  ref: 'Clouthier 2023 (87 patients): L2–L5 body height 27.8 (23.5–32.3), width 46.7 (39.4–58.8), depth 35.0 (29.5–42.0) mm; spinous process 51.6 (43–61) mm',
}

/**
 * Vertebral dimensions, T12 to L5. L2–L5 sit inside Clouthier's ranges with the usual craniocaudal
 * growth; L5 uses Cook & Baker's L5 heights (anterior 30.3, posterior 26.3 mm) and depth 35.7 mm.
 * T12 and L1 are extrapolated one step above L2 on the same trend (the reference has no T12 figures).
 */
export const VERTEBRAE: readonly VertebraDimensions[] = [
  {
    level: 't12',
    bodyHeight: 24,
    bodyWidth: 40,
    bodyDepth: 33,
    bodyWedgeDeg: -3,
    transverseSpan: 56,
    spinousLength: 40,
    canalWidth: 20,
    canalDepth: 16,
    source: { ref: 'extrapolated from L1–L5 trend', note: 'no T12 figures in anatomy-facts.md' },
  },
  {
    level: 'l1',
    bodyHeight: 25.5,
    bodyWidth: 42,
    bodyDepth: 32,
    bodyWedgeDeg: -2,
    transverseSpan: 72,
    spinousLength: 44,
    canalWidth: 21,
    canalDepth: 16,
    source: { ref: 'extrapolated from L2–L5 (Clouthier 2023)' },
  },
  {
    level: 'l2',
    bodyHeight: 27,
    bodyWidth: 44,
    bodyDepth: 33.5,
    bodyWedgeDeg: -1,
    transverseSpan: 82,
    spinousLength: 47,
    canalWidth: 22,
    canalDepth: 16,
    source: CLOUTHIER,
  },
  {
    level: 'l3',
    bodyHeight: 28,
    bodyWidth: 47,
    bodyDepth: 34.5,
    bodyWedgeDeg: 0,
    transverseSpan: 94,
    spinousLength: 49,
    canalWidth: 23,
    canalDepth: 15.5,
    source: CLOUTHIER,
  },
  {
    level: 'l4',
    bodyHeight: 28,
    bodyWidth: 49,
    bodyDepth: 35,
    bodyWedgeDeg: 2,
    transverseSpan: 88,
    spinousLength: 48,
    canalWidth: 24,
    canalDepth: 15.5,
    source: CLOUTHIER,
  },
  {
    level: 'l5',
    bodyHeight: 28.3,
    bodyWidth: 51,
    bodyDepth: 35.7,
    bodyWedgeDeg: 4,
    transverseSpan: 86,
    spinousLength: 44,
    canalWidth: 27,
    canalDepth: 15,
    source: {
      ref: 'Cook & Baker 2021 (196): L5 anterior 30.3, posterior 26.3 mm, endplate depth 35.7 mm, canal width 28.2 ± 3.1 mm',
    },
  },
]

/** One disc: its mid height and its wedge angle (positive = lordotic). */
export interface DiscDimensions {
  readonly id: DiscId
  readonly midHeight: number
  readonly wedgeDeg: number
  /** Published reference range for the middle height (mm). */
  readonly range: PublishedRange
}

const DISC_REF: Source = { ref: 'J Orthop Surg Res 2018 (169) reference ranges; Iranian MRI (14) middle heights' }

/**
 * Disc heights: middle heights from the Iranian MRI cohort (L1/2…L5/S1: 10.0, 11.6, 12.5, 13.8, 13.0 mm),
 * with L2/3 (11.2) and L5/S1 (12.4) taken a little lower, between that cohort and the Nepal cohort
 * (L5/S1 11.1 mm), so the modelled discs sit inside the 169-patient reference ranges.
 * Wedges are chosen so that anterior and posterior heights land near the same cohort's (e.g. L5/S1
 * 18.1/7.9 mm against 18.7/8.5 mm) and the whole T12–S1 lordosis is 50°, 68% of it at L4–S1.
 */
export const DISC_DIMENSIONS: readonly DiscDimensions[] = [
  {
    id: 't12_l1',
    midHeight: 7.5,
    wedgeDeg: 3,
    range: {
      min: 5.5,
      max: 10.5,
      unit: 'mm',
      source: { ref: 'extrapolated below the L1/2 range', note: 'no T12/L1 figure in the reference' },
    },
  },
  { id: 'l1_l2', midHeight: 10, wedgeDeg: 5, range: { min: 6.3, max: 11.0, unit: 'mm', source: DISC_REF } },
  { id: 'l2_l3', midHeight: 11.2, wedgeDeg: 6, range: { min: 7.0, max: 12.1, unit: 'mm', source: DISC_REF } },
  { id: 'l3_l4', midHeight: 12.5, wedgeDeg: 8, range: { min: 7.4, max: 13.3, unit: 'mm', source: DISC_REF } },
  { id: 'l4_l5', midHeight: 13.8, wedgeDeg: 12, range: { min: 7.8, max: 14.6, unit: 'mm', source: DISC_REF } },
  { id: 'l5_s1', midHeight: 12.4, wedgeDeg: 16, range: { min: 7.1, max: 13.1, unit: 'mm', source: DISC_REF } },
]

/**
 * Central dip of each lumbar endplate (mm). A modelling choice, not a published mean: endplates
 * are concave, and a shallow dip makes them read so; the disc fills it. Because the published
 * disc heights are middle heights (measured at the centre, dip included), the disc's rims sit
 * closer than its middle height by the dips of the endplates it touches.
 */
export const ENDPLATE_CONCAVITY = 1.2

/** Distance between a disc's bony rims at mid-depth: its middle height less the endplate dips (S1 is modelled flat). */
export const discRimSpacing = (d: DiscDimensions): number =>
  d.midHeight - (d.id === 'l5_s1' ? 1 : 2) * ENDPLATE_CONCAVITY

/** Published ranges for the dimensions the generator reports (vertebral body, per level). */
export const VERTEBRA_RANGES = {
  bodyHeight: { min: 21, max: 32.3, unit: 'mm', source: CLOUTHIER },
  bodyWidth: { min: 37, max: 58.8, unit: 'mm', source: CLOUTHIER },
  bodyDepth: { min: 28, max: 42, unit: 'mm', source: CLOUTHIER },
  spinousLength: { min: 36, max: 61, unit: 'mm', source: CLOUTHIER },
  lordosis: { min: 38.6, max: 61, unit: 'deg', source: { ref: 'T12–S1 lordosis 49.8 ± 11.2° (627 adults)' } },
  pelvicIncidence: { min: 40.7, max: 62.7, unit: 'deg', source: { ref: 'Vaz 2002: PI 51.7 ± 11° (n = 100)' } },
} as const satisfies Record<string, PublishedRange>

/** A rigid frame in the standing pose: origin (mm, pelvis frame) and tilt about +X (deg, + = faces forward). */
export interface SpineFrame {
  readonly origin: Vec3
  readonly tiltDeg: number
}

/** The S1 superior endplate, the base the lumbar column stands on (pelvis frame, standing). */
export interface SacralBase {
  /** Centre of the S1 superior endplate (mm). */
  readonly centre: Vec3
  /** Sacral slope: the endplate's tilt from horizontal, anterior edge down (deg). */
  readonly slopeDeg: number
}

/** The standing layout of the lumbar column: one frame per vertebral body and per disc. */
export interface SpineLayout {
  readonly vertebrae: Readonly<Record<Level, SpineFrame>>
  readonly discs: Readonly<Record<DiscId, SpineFrame>>
  /** Tilt of the T12 superior endplate (deg, + = faces forward). */
  readonly t12SuperiorTiltDeg: number
}

/** Unit axis of a frame tilted by `tiltDeg` about +X. */
export const axisForTilt = (tiltDeg: number): Vec3 => rotateX([0, 1, 0], rad(tiltDeg))

/**
 * Stack the column on the sacrum: disc, body, disc, body… each placed along the axis halfway
 * through its own wedge. Pure, so the generator, the rig and the tests compute the same frames.
 */
export function stackSpine(base: SacralBase): SpineLayout {
  let centre: Vec3 = base.centre
  let tilt = base.slopeDeg
  const vertebrae = {} as Record<Level, SpineFrame>
  const discs = {} as Record<DiscId, SpineFrame>
  for (let i = LEVELS.length - 1; i >= 0; i--) {
    const disc = DISC_DIMENSIONS[i]!
    const vert = VERTEBRAE[i]!
    const discTilt = tilt - disc.wedgeDeg / 2
    const discAxis = axisForTilt(discTilt)
    const spacing = discRimSpacing(disc)
    discs[disc.id] = { origin: add(centre, scale(discAxis, spacing / 2)), tiltDeg: discTilt }
    centre = add(centre, scale(discAxis, spacing))
    tilt -= disc.wedgeDeg
    const bodyTilt = tilt - vert.bodyWedgeDeg / 2
    const bodyAxis = axisForTilt(bodyTilt)
    vertebrae[vert.level] = { origin: add(centre, scale(bodyAxis, vert.bodyHeight / 2)), tiltDeg: bodyTilt }
    centre = add(centre, scale(bodyAxis, vert.bodyHeight))
    tilt -= vert.bodyWedgeDeg
  }
  return { vertebrae, discs, t12SuperiorTiltDeg: tilt }
}

/** Design ranges for the 12th ribs (floating ribs off T12), checked on the generated meshes. */
export const RIB_12_RANGES = {
  tipLateral: {
    min: 70,
    max: 110,
    unit: 'mm',
    source: {
      ref: 'pain-patterns.md §A [EGO]: the 12th rib tip emerges at the lateral border of the erector spinae',
      note: 'design value: about a hand-breadth from the midline',
    },
  },
  tipBelowT12: {
    min: 35,
    max: 80,
    unit: 'mm',
    source: {
      ref: "Standard osteology (Gray's Anatomy): the 12th rib runs down and out from the T12 body",
      note: 'design value: its tip lies level with L1–L2',
    },
  },
  headGap: {
    min: 0.8,
    max: 3,
    unit: 'mm',
    source: { ref: 'design value: a thin costovertebral joint space between the rib head and the T12 body' },
  },
} as const satisfies Record<string, PublishedRange>

const DESIGN: Source = {
  ref: 'design value',
  note: 'no published mean known to us; chosen from osteology descriptions and checked on the model',
}

/**
 * Published (or, where marked, design) ranges for the detail of the posterior arch and the column
 * spacing, reported by `generator/measure/measureVertebraDetail.ts`. Lumbar (L1–L5) and T12
 * ranges differ where T12 is transitional.
 */
export const VERTEBRA_DETAIL_RANGES = {
  /** Spinous process thickness (mediolateral) near its tip: a plate of about 8–12 mm, clubbed at the tip. */
  spinousThickness: {
    min: 7,
    max: 13,
    unit: 'mm',
    source: { ...DESIGN, ref: 'design value: lumbar spinous process ≈ 8–12 mm thick (mediolateral) near the tip' },
  },
  spinousThicknessT12: {
    min: 5,
    max: 11,
    unit: 'mm',
    source: { ...DESIGN, ref: 'design value: T12 spinous process more slender than the lumbar ones' },
  },
  /** Angle of the spinous process below the body's transverse plane: lumbar ones run nearly straight back. */
  spinousDroop: {
    min: 0,
    max: 20,
    unit: 'deg',
    source: { ...DESIGN, ref: 'design value: lumbar spinous processes nearly horizontal, angled slightly down' },
  },
  spinousDroopT12: {
    min: 12,
    max: 40,
    unit: 'deg',
    source: { ...DESIGN, ref: 'design value: T12 spinous process points down, as in the lower thoracic spine' },
  },
  /** Height of the hatchet-shaped tip end (superior–inferior). */
  spinousTipHeight: {
    min: 25,
    max: 35,
    unit: 'mm',
    source: { ...DESIGN, ref: 'design value: lumbar spinous process about 25–35 mm tall at its tip end' },
  },
  spinousTipHeightT12: {
    min: 14,
    max: 30,
    unit: 'mm',
    source: { ...DESIGN, ref: 'design value: T12 spinous process shorter and slender' },
  },
  /** Canal width (left–right, between the pedicles). */
  canalWidth: {
    min: 17,
    max: 31.3,
    unit: 'mm',
    source: {
      ref: 'Cook & Baker 2021: L5 canal width 28.2 ± 3.1 mm; upper lumbar/T12 interpedicular widths are smaller (≈ 18–24 mm)',
      note: 'lower bound is a design value for T12',
    },
  },
  /** Canal depth (mid-sagittal, body's back to the laminae). */
  canalDepth: {
    min: 12,
    max: 20,
    unit: 'mm',
    source: {
      ref: 'mid-sagittal lumbar canal diameter ≈ 13–20 mm in normal adults (Eisenstein 1977, quoted from memory)',
      note: 'not in anatomy-facts.md; treat as approximate',
    },
  },
  /** Canal width / depth: lumbar canals are wider than deep (triangular); T12's is closer to round. */
  canalWidthToDepth: {
    min: 1.15,
    max: 2.2,
    unit: 'ratio',
    source: { ...DESIGN, ref: 'design value from the two ranges above: the lumbar canal is wider than deep' },
  },
  canalWidthToDepthT12: {
    min: 0.95,
    max: 1.8,
    unit: 'ratio',
    source: { ...DESIGN, ref: 'design value: the T12 canal is near oval' },
  },
  /** Transverse process height / thickness: flat (thin front to back, taller than thick). */
  transverseFlatness: {
    min: 1.4,
    max: 4,
    unit: 'ratio',
    source: { ...DESIGN, ref: 'design value: lumbar transverse processes are flattened front to back' },
  },
  transverseFlatnessT12: {
    min: 0.9,
    max: 3,
    unit: 'ratio',
    source: { ...DESIGN, ref: 'design value: T12 has a short, stubby transverse tubercle' },
  },
  /**
   * T12–L1 body centre spacing: half of each body's middle height plus the T12/L1 disc's middle
   * height, each from its published range (body 21–32.3 mm, disc 5.5–10.5 mm).
   */
  t12l1Spacing: {
    min: 26.5,
    max: 42.8,
    unit: 'mm',
    source: {
      ref: 'body height 21–32.3 mm (Clouthier 2023, extended to T12) ×½ + ½ + T12/L1 disc 5.5–10.5 mm',
      note: 'the disc range is itself extrapolated below the L1/2 range',
    },
  },
} as const satisfies Record<string, PublishedRange>
