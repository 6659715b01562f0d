/** The canvas's place on the page, as R3F's `size` gives it (CSS pixels). */
export interface CanvasBox {
  readonly width: number
  readonly height: number
  readonly left: number
  readonly top: number
}

/**
 * A point in normalised device coordinates (−1…1, y up) as page coordinates (CSS pixels from the
 * window's top left, y down). The canvas no longer fills the window in every layout, so probes
 * and markers add its offset here, once.
 */
export function ndcToPage(ndcX: number, ndcY: number, box: CanvasBox): { x: number; y: number } {
  return { x: box.left + ((ndcX + 1) / 2) * box.width, y: box.top + ((1 - ndcY) / 2) * box.height }
}
