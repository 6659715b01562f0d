/** The "Save image", "Print handout" and "New patient" controls of the Patient panel (issue 13). */
export function TakeHome() {
  return null
}
