import { clamp, smoothstep } from '../../anatomy/scalar'

/**
 * The pain-drawing brush, on the skin's rest vertices (mm). Pure so it can be unit-tested.
 *
 * A dab covers the vertices within `radiusMm` of the touched point whose normals face the same way
 * as the touched surface (so a dab on the inner thigh does not bleed onto the other thigh), with a
 * soft rim: full strength inside 60% of the radius, fading to nothing at the edge. The eraser clears
 * the whole circle.
 */
export type BrushMode = 'brush' | 'erase'

/** Share of the radius painted at full strength; the rim beyond fades out to the edge. */
const FULL_STRENGTH_WITHIN = 0.6

/** Apply one dab; returns the number of vertices whose value changed. */
export function dab(
  values: Float32Array,
  rest: Float32Array,
  normals: Float32Array,
  centre: readonly [number, number, number],
  normal: readonly [number, number, number],
  radiusMm: number,
  mode: BrushMode,
): number {
  const r2 = radiusMm * radiusMm
  let changed = 0
  for (let i = 0; i < values.length; i++) {
    const dx = rest[i * 3]! - centre[0]
    const dy = rest[i * 3 + 1]! - centre[1]
    const dz = rest[i * 3 + 2]! - centre[2]
    const d2 = dx * dx + dy * dy + dz * dz
    if (d2 > r2) continue
    const facing = normals[i * 3]! * normal[0] + normals[i * 3 + 1]! * normal[1] + normals[i * 3 + 2]! * normal[2]
    if (facing < 0.2) continue
    const strength = 1 - smoothstep(FULL_STRENGTH_WITHIN, 1, Math.sqrt(d2) / radiusMm)
    const old = values[i]!
    // The eraser is hard-edged: one pass over a soft dab must leave no faint rim behind.
    const next = mode === 'brush' ? Math.max(old, strength) : 0
    if (next !== old) {
      values[i] = next
      changed++
    }
  }
  return changed
}

/** Pack a drawing (values 0–1) into a compact string for local storage: one byte per vertex, base64. */
export function encodeDrawing(values: Float32Array): string {
  const bytes = new Uint8Array(values.length)
  for (let i = 0; i < values.length; i++) bytes[i] = Math.round(clamp(values[i]!, 0, 1) * 255)
  let s = ''
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(s)
}

/** Unpack {@link encodeDrawing}; null when the text is not a drawing of `count` vertices. */
export function decodeDrawing(text: string, count: number): Float32Array | null {
  let s: string
  try {
    s = atob(text)
  } catch {
    return null
  }
  if (s.length !== count) return null
  const out = new Float32Array(count)
  for (let i = 0; i < count; i++) out[i] = s.charCodeAt(i) / 255
  return out
}
