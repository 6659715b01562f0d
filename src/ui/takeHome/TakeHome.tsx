import type { PainDrawing } from '../../overlays/pain/painDrawing'

/** The "Save image", "Print handout" and "New patient" controls of the Patient panel (issue 13). */
export function TakeHome(_: { drawing: PainDrawing }) {
  return null
}
