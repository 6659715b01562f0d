/**
 * STAND-IN until the link work of issue 13 lands: the real `currentLink` carries the screen state in
 * the URL hash. This one returns the page's address as it is, so the handout's QR code can be built
 * and tested; the merge takes the other version of this file.
 */
export async function currentLink(_: { includeDrawing: boolean }): Promise<{ url: string; fitsQr: boolean }> {
  return { url: location.href, fitsQr: true }
}
