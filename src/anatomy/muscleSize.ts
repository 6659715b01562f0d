import type { Source } from './types'

/** A published range for a measure of the drawn muscles, with where it comes from. */
export interface MuscleSizeRange {
  readonly min: number
  readonly max: number
  readonly unit: 'mm' | 'cm²'
  readonly source: Source
}

/**
 * Sizes the drawn psoas and iliacus must have, measured on the surfaces the app draws
 * (tests/generator/muscle-clearance.test.ts).
 */
export const MUSCLE_SIZE_RANGES: Readonly<
  Record<'psoasCsaL4L5' | 'psoasWidthL4L5' | 'iliacusThickness', MuscleSizeRange>
> = {
  psoasCsaL4L5: {
    min: 10,
    max: 25,
    unit: 'cm²',
    source: {
      ref: 'Reid JG, Livingston LA, Pearsall DJ. The geometry of the psoas muscle as determined by magnetic resonance imaging. Arch Phys Med Rehabil 1994;75:703–8 (anatomy-facts.md §3); issue 11',
      note: 'axial MRI: the psoas is largest at L4/L5, 16.3 cm² in 15 young men; adult values run about 10–25 cm², larger in men',
    },
  },
  psoasWidthL4L5: {
    min: 30,
    max: 60,
    unit: 'mm',
    source: {
      ref: 'issue 11 ("about as wide as the vertebral body beside it"); L2–L5 body width 46.7 (39.4–58.8) mm, Clouthier 2023 (anatomy-facts.md §2.1)',
      note: 'left-right width of the axial section at the L4–L5 disc; the range spans from about two-thirds of the narrowest body width to the widest',
    },
  },
  iliacusThickness: {
    min: 10,
    max: 20,
    unit: 'mm',
    source: {
      ref: 'issue 11 ("a fan that fills the iliac fossa, about 1–2 cm thick")',
      note: 'thickness of the fan through its middle, from a fifth of the way down the fossa to the brim',
    },
  },
}
