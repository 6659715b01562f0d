/**
 * Strokes of a pain drawing placed by anatomy, for the browser tests and the README screenshot:
 * the points a clinician's finger would pass through, found on the skin through `window.__painProbe`.
 */
import type { Page } from 'playwright-core'

type V = readonly [number, number, number]
/** A screen point (CSS px on the page) on the skin, with the skin vertex it stands on. */
export type SkinScreenPoint = { x: number; y: number; depth: number; vertex: number }

// Sent as source text: tsx would wrap named functions in a helper the page does not have.
/** A standing landmark position (mm) from the skin file. */
export async function skinLandmark(page: Page, id: string): Promise<V> {
  const p = (await page.evaluate(`window.__painProbe.landmark(${JSON.stringify(id)})`)) as V | null
  if (!p) throw new Error(`no landmark ${id}`)
  return p
}

/** Where the skin vertex nearest a rest-frame point (mm), facing `normal`, is on screen. */
export async function skinOnScreen(page: Page, rest: V, normal: V): Promise<SkinScreenPoint> {
  const s = (await page.evaluate(
    `window.__painProbe.skinPoint(${JSON.stringify(rest)}, ${JSON.stringify(normal)})`,
  )) as SkinScreenPoint | null
  if (!s) throw new Error('no skin vertex faces that way there')
  return s
}

/**
 * A vertical stroke beside the lumbar spine, `dx` mm from the midline (negative: the patient's
 * right), from the T12 spinous tip down to the right PSIS in `steps` segments. View from behind.
 */
export async function paraspinalStroke(page: Page, dx: number, steps: number): Promise<SkinScreenPoint[]> {
  const t12 = await skinLandmark(page, 't12_spinous_tip')
  const psis = await skinLandmark(page, 'psis_r')
  const pts: SkinScreenPoint[] = []
  for (let k = 0; k <= steps; k++)
    pts.push(await skinOnScreen(page, [dx, t12[1] + ((psis[1] - t12[1]) * k) / steps, t12[2]], [0, 0, -1]))
  return pts
}

/**
 * A stroke down the front of the right thigh, `dx` mm to the side of the hip–knee line, from
 * fraction `from` of the way to the knee over `span` more, in `steps` segments. View from the front.
 */
export async function frontThighStroke(
  page: Page,
  dx: number,
  from: number,
  span: number,
  steps: number,
): Promise<SkinScreenPoint[]> {
  const hip = await skinLandmark(page, 'femoral_head_centre_r')
  const knee = await skinLandmark(page, 'knee_centre_r')
  const pts: SkinScreenPoint[] = []
  for (let k = 0; k <= steps; k++) {
    const t = from + (span * k) / steps
    const at: V = [hip[0] + (knee[0] - hip[0]) * t + dx, hip[1] + (knee[1] - hip[1]) * t, hip[2] + 60]
    pts.push(await skinOnScreen(page, at, [0, 0, 1]))
  }
  return pts
}
