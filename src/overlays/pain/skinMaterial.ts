import { Color, FrontSide, Matrix4, MeshStandardMaterial } from 'three'
import { DRAWING_COLOR, HEAT_STOPS } from './colormap'
import { addToShader } from '../shaderChunks'

/**
 * The skin's material: a pale, cool, translucent surface with three per-vertex overlays.
 *
 * - `heatE` (essential referral, 0–1): solid fill in the heat colour scale.
 * - `heatS` (spillover, 0–1): the same scale drawn as dots (T&S stippling), so essential and
 *   spillover differ in pattern as well as colour (WCAG 1.4.1).
 * - `painDraw` (the patient's drawing, 0–1): blue diagonal hatching over everything.
 *
 * The patterns are laid out in the skin's rest (standing) coordinates, so dots and hatching stay
 * on the same patch of skin when the body sits. Uniform values change without recompiling.
 */
export interface SkinPaint {
  readonly material: MeshStandardMaterial
  readonly uniforms: {
    readonly skinOpacity: { value: number }
    readonly heatOpacity: { value: number }
    readonly showDrawing: { value: number }
    /** Rest (bind) transform: quantised attribute → metres in the standing frame. */
    readonly restMatrix: { value: Matrix4 }
  }
}

/** Pale blue-grey: cool, so the warm heat scale stands out; light, so bones show through. */
export const SKIN_COLOR = '#c3ccd6'

const VERT_DECL = /* glsl */ `
attribute float heatE;
attribute float heatS;
attribute float painDraw;
uniform mat4 uRestMatrix;
varying float vHeatE;
varying float vHeatS;
varying float vPaint;
varying vec3 vRest;
`
const VERT_MAIN = /* glsl */ `
  vHeatE = heatE;
  vHeatS = heatS;
  vPaint = painDraw;
  vRest = (uRestMatrix * vec4(position, 1.0)).xyz;
`
const FRAG_DECL = /* glsl */ `
uniform vec3 uHeat0;
uniform vec3 uHeat1;
uniform vec3 uHeat2;
uniform vec3 uHeat3;
uniform vec3 uDrawColor;
uniform float uSkinOpacity;
uniform float uHeatOpacity;
uniform float uShowDrawing;
varying float vHeatE;
varying float vHeatS;
varying float vPaint;
varying vec3 vRest;

vec3 heatColor(float t) {
  float x = clamp(t, 0.0, 1.0) * 3.0;
  if (x < 1.0) return mix(uHeat0, uHeat1, x);
  if (x < 2.0) return mix(uHeat1, uHeat2, x - 1.0);
  return mix(uHeat2, uHeat3, x - 2.0);
}
`
// Dots on a 7 mm lattice for spillover; hatching 5 mm apart for the drawing (rest metres).
const FRAG_MAIN = /* glsl */ `
  float paintAlpha = uSkinOpacity;
  float essential = smoothstep(0.03, 0.2, vHeatE);
  if (vHeatS > vHeatE && vHeatS > 0.03) {
    vec3 cell = fract(vRest * 142.0) - 0.5;
    float dotMask = 1.0 - smoothstep(0.26, 0.34, length(cell));
    float s = smoothstep(0.03, 0.15, vHeatS) * dotMask * (1.0 - essential);
    diffuseColor.rgb = mix(diffuseColor.rgb, heatColor(vHeatS), s);
    paintAlpha = mix(paintAlpha, uHeatOpacity, s);
  }
  diffuseColor.rgb = mix(diffuseColor.rgb, heatColor(vHeatE), essential);
  paintAlpha = mix(paintAlpha, uHeatOpacity, essential);
  if (uShowDrawing > 0.5 && vPaint > 0.03) {
    float stripe = step(0.55, fract(dot(vRest, vec3(0.7071, 0.7071, 0.0)) * 200.0));
    float d = smoothstep(0.03, 0.3, vPaint) * (0.45 + 0.55 * stripe);
    diffuseColor.rgb = mix(diffuseColor.rgb, uDrawColor, d);
    paintAlpha = max(paintAlpha, mix(paintAlpha, 0.95, d));
  }
  diffuseColor.a = paintAlpha;
`

/** A fresh skin material with its live uniforms. */
export function createSkinPaint(): SkinPaint {
  const material = new MeshStandardMaterial({
    color: SKIN_COLOR,
    roughness: 0.75,
    metalness: 0,
    transparent: true,
    // Translucent surfaces must not hide what is behind them in the depth buffer.
    depthWrite: false,
    side: FrontSide,
  })
  const uniforms = {
    skinOpacity: { value: 0.3 },
    heatOpacity: { value: 0.85 },
    showDrawing: { value: 1 },
    restMatrix: { value: new Matrix4() },
  }
  // Colour from hex strings: three converts sRGB to its linear working space.
  const stops = HEAT_STOPS.map((h) => new Color(h))
  material.onBeforeCompile = (shader) => {
    shader.uniforms.uRestMatrix = uniforms.restMatrix
    shader.uniforms.uSkinOpacity = uniforms.skinOpacity
    shader.uniforms.uHeatOpacity = uniforms.heatOpacity
    shader.uniforms.uShowDrawing = uniforms.showDrawing
    stops.forEach((c, i) => (shader.uniforms[`uHeat${i}`] = { value: c }))
    shader.uniforms.uDrawColor = { value: new Color(DRAWING_COLOR) }
    addToShader(shader, VERT_DECL, VERT_MAIN, FRAG_DECL, FRAG_MAIN)
  }
  material.customProgramCacheKey = () => 'skin-paint-v1'
  return { material, uniforms }
}
