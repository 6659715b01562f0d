/**
 * Splice our GLSL into a built-in material's shaders (call it from `onBeforeCompile`):
 * declarations after `<common>`, vertex code after `<begin_vertex>` (where the local position is
 * known), fragment code after `<color_fragment>` (where the base colour is set, so lighting still
 * applies to what we paint). Patching the built-ins keeps three's lighting, fog and skinning.
 */
export function addToShader(
  shader: { vertexShader: string; fragmentShader: string },
  vertexDecl: string,
  vertexMain: string,
  fragmentDecl: string,
  fragmentMain: string,
): void {
  shader.vertexShader = shader.vertexShader
    .replace('#include <common>', `#include <common>\n${vertexDecl}`)
    .replace('#include <begin_vertex>', `#include <begin_vertex>\n${vertexMain}`)
  shader.fragmentShader = shader.fragmentShader
    .replace('#include <common>', `#include <common>\n${fragmentDecl}`)
    .replace('#include <color_fragment>', `#include <color_fragment>\n${fragmentMain}`)
}
