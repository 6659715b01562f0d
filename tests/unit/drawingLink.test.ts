import { describe, expect, it } from 'vitest'
import {
  MAX_TOKEN_VERTICES,
  decodeDrawingToken,
  encodeDrawingToken,
  quantizeDrawing,
  unquantizeDrawing,
} from '../../src/overlays/pain/drawingLink'
import { PainDrawing, type DrawingStorage } from '../../src/overlays/pain/painDrawing'
import { appStore, resetApp } from '../../src/store/appStore'

/** A drawing on `count` vertices painted in three bands, soft at their edges like the brush. */
function threeStrokes(count: number): Float32Array {
  const v = new Float32Array(count)
  for (const [from, to] of [
    [1000, 1400],
    [5200, 5500],
    [9000, 9600],
  ] as const)
    for (let i = from; i < to; i++) v[i] = Math.min(1, Math.min(i - from, to - i) / 40)
  return v
}

const memory = (): DrawingStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>()
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) }
}

/** raw DEFLATE of `bytes` with the platform's own stream (the same the app uses). */
async function deflate(bytes: Uint8Array): Promise<string> {
  const s = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'))
  const out = new Uint8Array(await new Response(s).arrayBuffer())
  return Buffer.from(out).toString('base64url')
}

describe('the drawing in a link', () => {
  it('keeps 16 levels per vertex, two vertices a byte', () => {
    const values = [0, 1, 0.5, 0.03, 0.97, -1, 2, Number.NaN, 0.2]
    const packed = quantizeDrawing(values)
    expect(packed.length).toBe(5)
    const back = unquantizeDrawing(packed, values.length)
    expect([...back].map((v) => Math.round(v * 15))).toEqual([0, 15, 8, 0, 15, 0, 15, 0, 3])
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!
      if (v >= 0 && v <= 1) expect(Math.abs(back[i]! - v)).toBeLessThanOrEqual(1 / 30 + 1e-6)
    }
  })

  it('a drawing of three strokes comes back within one level, in a short token', async () => {
    const values = threeStrokes(15002)
    const token = await encodeDrawingToken(values, '15002:1a2b3c')
    expect(token).toMatch(/^15002:1a2b3c\.[A-Za-z0-9_-]+$/)
    expect(token.length).toBeLessThan(400)
    const got = await decodeDrawingToken(token)
    expect(got?.key).toBe('15002:1a2b3c')
    expect(got?.values.length).toBe(15002)
    let worst = 0
    for (let i = 0; i < values.length; i++) worst = Math.max(worst, Math.abs(got!.values[i]! - values[i]!))
    expect(worst).toBeLessThanOrEqual(1 / 30 + 1e-6)
  })

  it('refuses a token of the wrong shape, size or content, without throwing', async () => {
    const good = await encodeDrawingToken(threeStrokes(15002), '15002:ab')
    const data = good.slice(good.indexOf('.') + 1)
    const bad = [
      '',
      'garbage',
      `15002:ab${data}`, // no dot
      `15002:AB.${data}`, // hash not lower-case hex
      `0:ab.${data}`,
      `${MAX_TOKEN_VERTICES + 1}:ab.${data}`,
      `14000:ab.${data}`, // inflates to more than 14,000 values: stopped
      `20000:ab.${data}`, // inflates to fewer
      `15002:ab.${data.slice(0, -8)}`, // cut short
      `15002:ab.${'A'.repeat(40)}`, // not DEFLATE data
      `15002:ab.${'A'.repeat(20_001)}`, // too long
      `15002:ab.${data}===`,
    ]
    for (const token of bad) {
      expect(await decodeDrawingToken(token), token.slice(0, 40)).toBeNull()
    }
  })

  it('stops reading a small token that would inflate into a large drawing', async () => {
    // 2 MB of zeros deflate to about 2 kB; the token claims 100 vertices.
    const bomb = await deflate(new Uint8Array(2_000_000))
    expect(bomb.length).toBeLessThan(20_000)
    expect(await decodeDrawingToken(`100:ab.${bomb}`)).toBeNull()
  })
})

describe('PainDrawing.load', () => {
  it('replaces the drawing as one undo step, on the same skin only', () => {
    resetApp()
    const storage = memory()
    const d = new PainDrawing(storage)
    expect(d.load(new Float32Array(10), 'k')).toBe(false) // no skin yet
    d.attach(10, '10:beef')
    expect(d.attachedKey).toBe('10:beef')
    const values = new Float32Array(10).fill(0.5)
    expect(d.load(values, '10:dead')).toBe(false)
    expect(d.load(new Float32Array(9).fill(0.5), '10:beef')).toBe(false)
    expect(d.hasPaint).toBe(false)
    expect(d.load(values, '10:beef')).toBe(true)
    expect([...d.values!]).toEqual([...values])
    expect(appStore.getState().pain).toMatchObject({ hasDrawing: true, undoDepth: 1 })
    expect(storage.data.size).toBe(1) // saved like a stroke
    d.undo()
    expect(d.hasPaint).toBe(false)
    expect(appStore.getState().pain.undoDepth).toBe(0)
  })
})
