/** The "Link to this screen" controls of the Patient panel (built by the link work of issue 13). */
export function ShareLink() {
  return null
}
