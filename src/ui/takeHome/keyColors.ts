import { ATTACHMENT_COLORS } from '../../overlays/attachmentPaint'
import { DRAWING_COLOR, HEAT_STOPS } from '../../overlays/pain/colormap'
import { SKIN_COLOR } from '../../overlays/pain/skinMaterial'

/**
 * The colours of the marks a key explains, as the 3D view paints them: one place for the saved
 * image's key and the handout's. (Also keeps the bundler's chunks simple: the lazy image and
 * handout code reach the app's colour modules through this one shared module.)
 */
export const KEY_COLORS = {
  heat: HEAT_STOPS,
  drawing: DRAWING_COLOR,
  /** The light stripe between the drawing's blue ones (the legend's swatch). */
  drawingLight: '#9cc6e4',
  skin: SKIN_COLOR,
  origin: ATTACHMENT_COLORS.origin,
  insertion: ATTACHMENT_COLORS.insertion,
} as const
