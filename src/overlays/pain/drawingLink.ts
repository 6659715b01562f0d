/**
 * The patient's drawing in a link: a short text token that a link carries in its `draw=` part
 * (`store/linkState.ts`), made only when the clinician ticks "Include the drawing".
 *
 * Token: `<vertex count>:<skin hash>.<data>`. The first part is the skin's fingerprint
 * (`skinKey` in `painDrawing.ts`): a drawing is only shown on the mesh it was painted on. The data
 * is each vertex's value in 4 bits (16 levels: a soft brush rim loses nothing a patient can see),
 * two vertices a byte, compressed with raw DEFLATE by the browser's own `CompressionStream` (no
 * library) and written in base64url, which an address carries as it is. Most of the skin is
 * unpainted, so long runs of zeros compress to almost nothing.
 */

/** Levels a vertex value is rounded to (4 bits). */
const LEVELS = 15
/** The most skin vertices a token may claim: far above the generator's skin, far below a memory problem. */
export const MAX_TOKEN_VERTICES = 1_000_000
/** The longest data part decoded (base64url characters): about 15 kB compressed. */
export const MAX_TOKEN_DATA_CHARS = 20_000

const TOKEN_RE = /^(\d{1,7}):([0-9a-f]{1,8})\.([A-Za-z0-9_-]+)$/

/** Values 0–1 → 4-bit levels, two a byte (the even vertex in the low half). */
export function quantizeDrawing(values: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(Math.ceil(values.length / 2))
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!
    const q = Math.round((v > 0 ? Math.min(v, 1) : 0) * LEVELS)
    out[i >> 1] = out[i >> 1]! | (i & 1 ? q << 4 : q)
  }
  return out
}

/** The inverse of {@link quantizeDrawing} for `count` vertices. */
export function unquantizeDrawing(bytes: Uint8Array, count: number): Float32Array {
  const out = new Float32Array(count)
  for (let i = 0; i < count; i++) {
    const b = bytes[i >> 1]!
    out[i] = (i & 1 ? b >> 4 : b & 15) / LEVELS
  }
  return out
}

const toBase64Url = (bytes: Uint8Array): string => {
  let s = ''
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

const fromBase64Url = (text: string): Uint8Array | null => {
  try {
    const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
    const out = new Uint8Array(s.length)
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i)
    return out
  } catch {
    return null
  }
}

/** The token of a drawing painted on the skin `key` (`skinKey`: `<count>:<hash>`). */
export async function encodeDrawingToken(values: ArrayLike<number>, key: string): Promise<string> {
  const packed = quantizeDrawing(values)
  const stream = new Blob([packed as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'))
  const deflated = new Uint8Array(await new Response(stream).arrayBuffer())
  return `${key}.${toBase64Url(deflated)}`
}

/** A decoded token: the skin it was painted on and one value (0–1) per vertex. */
export interface LinkDrawing {
  readonly key: string
  readonly values: Float32Array
}

/**
 * Read a token back, checking everything: its shape, the vertex count it claims, the size of
 * its data, and that the data inflates to exactly one value per vertex (it stops reading as soon as
 * there is more, so a small token cannot swell into a large allocation). Null when anything fails;
 * never throws.
 */
export async function decodeDrawingToken(token: string): Promise<LinkDrawing | null> {
  const m = TOKEN_RE.exec(token)
  if (!m) return null
  const count = Number(m[1])
  const data = m[3]!
  if (!(count > 0 && count <= MAX_TOKEN_VERTICES) || data.length > MAX_TOKEN_DATA_CHARS) return null
  const bytes = fromBase64Url(data)
  if (!bytes) return null
  const expected = Math.ceil(count / 2)
  try {
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'))
    const reader = stream.getReader()
    const packed = new Uint8Array(expected)
    let got = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      if (got + value.length > expected) {
        await reader.cancel()
        return null
      }
      packed.set(value, got)
      got += value.length
    }
    if (got !== expected) return null
    return { key: `${m[1]}:${m[2]}`, values: unquantizeDrawing(packed, count) }
  } catch {
    return null
  }
}
