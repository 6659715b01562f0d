import { encodeDrawingToken } from '../../overlays/pain/drawingLink'
import type { PainDrawing } from '../../overlays/pain/painDrawing'
import { encodeLink } from '../../store/linkState'
import { addressDrawing, screenLink } from './linkAddress'

/**
 * The longest link offered for a QR code, in characters (a link is plain ASCII: one byte each).
 * The limit is set by paper, not by the QR standard: a phone reads a printed code reliably when
 * each module is at least about 0.33 mm, and the handout prints its code at most 45 mm wide, so
 * the code may have at most 136 modules across with its quiet zone of 4 on each side: version 27
 * (125 modules). At error correction level M, version 27 holds 1,125 bytes in byte mode (ISO/IEC
 * 18004:2015, table 7; `tests/unit/takeHome.test.ts` checks it against the encoder).
 */
export const QR_LINK_LIMIT = 1125

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
