import type { PublishedRange } from '../../src/anatomy/types'

/** One measured dimension beside its published range. */
export interface Measurement {
  readonly name: string
  readonly value: number
  readonly range: PublishedRange
  readonly ok: boolean
}

/** A report row: the value, its range, and whether it lies inside. */
export const row = (name: string, value: number, range: PublishedRange): Measurement => ({
  name,
  value,
  range,
  ok: value >= range.min && value <= range.max,
})

/** The value, or a readable error naming what the model files lack. */
export function need<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new Error(`missing ${what}`)
  return v
}
