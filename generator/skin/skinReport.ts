/** The skin's measured figures as report rows, and the table `npm run models` prints. */
import type { BodyFigure } from '../../src/anatomy/body'

/** One measured figure beside its range. */
export interface SkinRow {
  readonly id: string
  readonly value: number
  readonly min: number
  readonly max: number
  readonly unit: string
  readonly ok: boolean
  readonly note: string
}

/** A row: `value` checked against [min, max]. */
export const row = (id: string, value: number, min: number, max: number, unit: string, note: string): SkinRow => ({
  id,
  value,
  min,
  max,
  unit,
  ok: value >= min && value <= max,
  note,
})
/** A row checked against a body figure's range (its source as the note unless given). */
export const fig = (id: string, value: number, f: BodyFigure, note = f.source.ref): SkinRow =>
  row(id, value, f.min, f.max, f.unit, note)

/** The rows as a fixed-width table, a ✗ before each row outside its range. */
export function formatSkinReport(rows: readonly SkinRow[]): string {
  const lines = ['skin                                               measured      range']
  for (const r of rows) {
    const v = r.unit === 'ratio' ? r.value.toFixed(2) : r.value.toFixed(1)
    const range = `${Number.isFinite(r.min) ? r.min : '−∞'}–${Number.isFinite(r.max) ? r.max : '∞'} ${r.unit}`
    lines.push(`${r.ok ? '  ' : '✗ '}${r.id.padEnd(48)} ${v.padStart(8)}  ${range.padEnd(16)} ${r.note}`)
  }
  return lines.join('\n')
}
