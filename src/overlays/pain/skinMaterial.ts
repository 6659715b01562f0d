import { Color, FrontSide, Matrix4, MeshStandardMaterial, type SkinnedMesh } from 'three'
import { SKIN_FADE_LENGTH, SKIN_TOP_Y } from '../../anatomy/body'
import { MM_PER_M } from '../../anatomy/mat4'
import { DUAL_QUATERNION_SIZE, dualQuaternionOf } from '../../anatomy/skinning'
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
 *
 * The skin is posed by dual-quaternion blend skinning (`anatomy/skinning.ts` says why), not
 * three's linear blend: {@link updateSkinQuaternions} turns the skeleton's bone matrices into dual
 * quaternions each frame, and the shader blends them as the CPU copy does.
 */
export interface SkinPaint {
  readonly material: MeshStandardMaterial
  readonly uniforms: {
    readonly skinOpacity: { value: number }
    readonly heatOpacity: { value: number }
    readonly showDrawing: { value: number }
    /** Rest (bind) transform: quantised attribute → metres in the standing frame. */
    readonly restMatrix: { value: Matrix4 }
    /** Each joint's rotation quaternion (x, y, z, w), four floats per joint. */
    readonly dqReal: { value: Float32Array }
    /** Each joint's dual part, four floats per joint. */
    readonly dqDual: { value: Float32Array }
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
varying vec3 vRestNormal;
`
const VERT_MAIN = /* glsl */ `
  vHeatE = heatE;
  vHeatS = heatS;
  vPaint = painDraw;
  vRest = (uRestMatrix * vec4(position, 1.0)).xyz;
  vRestNormal = mat3(uRestMatrix) * normal;
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
varying vec3 vRestNormal;

vec3 heatColor(float t) {
  float x = clamp(t, 0.0, 1.0) * 3.0;
  if (x < 1.0) return mix(uHeat0, uHeat1, x);
  if (x < 2.0) return mix(uHeat1, uHeat2, x - 1.0);
  return mix(uHeat2, uHeat3, x - 2.0);
}
`
// Dots on a 7 mm square lattice for spillover, laid in the rest-frame plane the skin faces most
// (the back and front in x–y, the sides in z–y, soles and the top in x–z), so they come out as even
// round dots in even rows; a lattice in 3D, cut by the curved skin, gave dots of every size in
// broken rows. Hatching 5 mm apart for the drawing (rest metres).
const FRAG_MAIN = /* glsl */ `
  float paintAlpha = uSkinOpacity;
  float essential = smoothstep(0.03, 0.2, vHeatE);
  if (vHeatS > vHeatE && vHeatS > 0.03) {
    vec3 an = abs(vRestNormal);
    vec2 plane = an.z >= an.x && an.z >= an.y ? vRest.xy : (an.x >= an.y ? vRest.zy : vRest.xz);
    vec2 cell = fract(plane * 142.0) - 0.5;
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
  // The body's top edge (the lower chest) fades out rather than ending in a lid.
  diffuseColor.a = paintAlpha * (1.0 - smoothstep(SKIN_FADE_FROM, SKIN_FADE_TO, vRest.y));
`

// Dual-quaternion skinning in place of three's skinnormal/skinning chunks. The bone quaternions
// act in the bind (world) frame, as three's bone matrices do, hence the bind matrices around them.
const SKIN_DECL = /* glsl */ `
#ifdef USE_SKINNING
uniform vec4 uDqReal[SKIN_JOINT_COUNT];
uniform vec4 uDqDual[SKIN_JOINT_COUNT];
vec3 dqTurn(vec4 q, vec3 v) {
  return v + 2.0 * cross(q.xyz, cross(q.xyz, v) + q.w * v);
}
#endif
`
const SKIN_NORMAL = /* glsl */ `
#ifdef USE_SKINNING
  ivec4 dqIndex = ivec4(skinIndex + 0.5);
  vec4 dqFirst = uDqReal[dqIndex.x];
  vec4 dqR = vec4(0.0);
  vec4 dqD = vec4(0.0);
  for (int k = 0; k < 4; k++) {
    float w = skinWeight[k];
    vec4 r = uDqReal[dqIndex[k]];
    // q and -q are one turn: blend on the first joint's side.
    if (dot(r, dqFirst) < 0.0) w = -w;
    dqR += w * r;
    dqD += w * uDqDual[dqIndex[k]];
  }
  float dqLen = max(length(dqR), 1e-8);
  dqR /= dqLen;
  dqD /= dqLen;
  objectNormal = (bindMatrixInverse * vec4(dqTurn(dqR, (bindMatrix * vec4(objectNormal, 0.0)).xyz), 0.0)).xyz;
#endif
`
const SKIN_VERTEX = /* glsl */ `
#ifdef USE_SKINNING
  vec3 dqP = dqTurn(dqR, (bindMatrix * vec4(transformed, 1.0)).xyz);
  dqP += 2.0 * (dqR.w * dqD.xyz - dqD.w * dqR.xyz + cross(dqR.xyz, dqD.xyz));
  transformed = (bindMatrixInverse * vec4(dqP, 1.0)).xyz;
#endif
`

/**
 * Fill the material's joint quaternions from the mesh's skeleton (call before each draw, after
 * three has updated the bone matrices): bone matrix k = bone k's world matrix × its inverse bind.
 */
export function updateSkinQuaternions(mesh: SkinnedMesh, paint: SkinPaint): void {
  const m = mesh.skeleton.boneMatrices
  if (!m) return
  const real = paint.uniforms.dqReal.value
  const dual = paint.uniforms.dqDual.value
  const dq = _dq
  for (let j = 0; j * 4 < real.length; j++) {
    dualQuaternionOf(m.subarray(j * 16, j * 16 + 16), dq)
    for (let c = 0; c < 4; c++) {
      real[j * 4 + c] = dq[c]!
      dual[j * 4 + c] = dq[4 + c]!
    }
  }
}
const _dq = new Float64Array(DUAL_QUATERNION_SIZE)

/** A fresh skin material with its live uniforms, for a skeleton of `jointCount` bones. */
export function createSkinPaint(jointCount: number): SkinPaint {
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
    dqReal: { value: new Float32Array(jointCount * 4) },
    dqDual: { value: new Float32Array(jointCount * 4) },
  }
  // Identity turns until the first frame fills them.
  for (let j = 0; j < jointCount; j++) uniforms.dqReal.value[j * 4 + 3] = 1
  // Colour from hex strings: three converts sRGB to its linear working space.
  const stops = HEAT_STOPS.map((h) => new Color(h))
  material.onBeforeCompile = (shader) => {
    shader.uniforms.uRestMatrix = uniforms.restMatrix
    shader.uniforms.uSkinOpacity = uniforms.skinOpacity
    shader.uniforms.uHeatOpacity = uniforms.heatOpacity
    shader.uniforms.uShowDrawing = uniforms.showDrawing
    stops.forEach((c, i) => (shader.uniforms[`uHeat${i}`] = { value: c }))
    shader.uniforms.uDrawColor = { value: new Color(DRAWING_COLOR) }
    shader.uniforms.uDqReal = uniforms.dqReal
    shader.uniforms.uDqDual = uniforms.dqDual
    addToShader(shader, VERT_DECL, VERT_MAIN, FRAG_DECL, FRAG_MAIN)
    shader.vertexShader = shader.vertexShader
      .replace('#include <skinning_pars_vertex>', `#include <skinning_pars_vertex>\n${SKIN_DECL}`)
      .replace('#include <skinnormal_vertex>', SKIN_NORMAL)
      .replace('#include <skinning_vertex>', SKIN_VERTEX)
  }
  material.defines = {
    SKIN_JOINT_COUNT: jointCount,
    // Rest metres, as vRest.
    SKIN_FADE_FROM: ((SKIN_TOP_Y - SKIN_FADE_LENGTH) / MM_PER_M).toFixed(4),
    SKIN_FADE_TO: (SKIN_TOP_Y / MM_PER_M).toFixed(4),
  }
  material.customProgramCacheKey = () => `skin-paint-dq-${jointCount}`
  return { material, uniforms }
}
