/** Whether this browser can give us a WebGL 2 context (three.js needs WebGL 2). */
export function hasWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas')
    const gl = canvas.getContext('webgl2')
    const ok = gl !== null
    gl?.getExtension('WEBGL_lose_context')?.loseContext() // free the probe context at once
    return ok
  } catch {
    return false
  }
}
