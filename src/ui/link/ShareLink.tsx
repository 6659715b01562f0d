import type { PainDrawing } from '../../overlays/pain/painDrawing'

/** The "Link to this screen" controls of the Patient panel (built by the link work of issue 13). */
export function ShareLink(_: { drawing: PainDrawing }) {
  return null
}
