import { encodeDrawingToken } from '../../overlays/pain/drawingLink'
import type { PainDrawing } from '../../overlays/pain/painDrawing'
import { encodeLink } from '../../store/linkState'
import { addressDrawing, screenLink } from './linkAddress'

/**
 * The longest link offered for a QR code, in characters (a link is plain ASCII: one byte each).
 * A QR code's largest size (version 40) holds 2,953 bytes at error correction level L and 2,331
 * at M (ISO/IEC 18004:2015, table 7, byte mode); 2,000 leaves room for level M with margin, and a
 * longer link makes a code too dense to scan reliably from a printed page.
 */
export const QR_LINK_LIMIT = 2000

/** A link to the screen as it is now. */
export interface CurrentLink {
  readonly url: string
  /** True when the link is short enough for a QR code ({@link QR_LINK_LIMIT}). */
  readonly fitsQr: boolean
}

/**
 * The link to this screen (camera, pose, layers, patterns, present mode, story step), and with
 * the patient's drawing when `includeDrawing` is set and there is one. `drawing` defaults to the
 * app's drawing. The link is the app's own address with the screen in its `#` part; the options
 * after `?` (benchmark and test switches) are left out.
 */
export async function currentLink({
  includeDrawing,
  drawing = addressDrawing(),
}: {
  includeDrawing: boolean
  drawing?: PainDrawing | null
}): Promise<CurrentLink> {
  let link = screenLink()
  if (includeDrawing && drawing?.values && drawing.hasPaint)
    link = { ...link, drawing: await encodeDrawingToken(drawing.values, drawing.attachedKey) }
  const url = `${window.location.origin}${window.location.pathname}#${encodeLink(link)}`
  return { url, fitsQr: url.length <= QR_LINK_LIMIT }
}
