import { Color, type MeshStandardMaterial } from 'three'
import type { AttachmentRole } from '../anatomy/attachments'
import { addToShader } from './shaderChunks'

/**
 * Attachment areas painted on the bone surface from the `_region` vertex codes the generator
 * bakes in. Origins and insertions differ in colour (Okabe–Ito vermillion and blue, distinct
 * for the common colour-vision deficiencies) *and* in pattern (diagonal stripes vs dots), so
 * colour is never the only cue.
 */
export const ATTACHMENT_COLORS: Readonly<Record<AttachmentRole, string>> = {
  origin: '#d55e00',
  insertion: '#0072b2',
}

/** Largest region code a mesh may use (codes are 1-based; 0 = bone). */
export const MAX_REGION_CODES = 15

/** Per-material paint state, updated without recompiling the shader. */
export interface RegionPaint {
  /** Class per region code: 0 unpainted, 1 origin, 2 insertion. Index 0 is unused. */
  readonly classes: Float32Array
  /** Region code drawn brighter (hovered or selected), 0 for none. */
  focus: { value: number }
}

const CLASS_OF: Record<AttachmentRole, number> = { origin: 1, insertion: 2 }
export const regionClass = (role: AttachmentRole | null): number => (role ? CLASS_OF[role] : 0)

const VERT_DECL = /* glsl */ `
attribute float _region;
uniform float uRegionClass[${MAX_REGION_CODES + 1}];
uniform float uRegionFocus;
varying float vOrigin;
varying float vInsertion;
varying float vFocus;
varying vec3 vPaintPos;
`
const VERT_MAIN = /* glsl */ `
  int rc = int(_region + 0.5);
  float cls = (rc > 0 && rc <= ${MAX_REGION_CODES}) ? uRegionClass[rc] : 0.0;
  vOrigin = cls == 1.0 ? 1.0 : 0.0;
  vInsertion = cls == 2.0 ? 1.0 : 0.0;
  vFocus = (rc > 0 && float(rc) == uRegionFocus) ? 1.0 : 0.0;
  vPaintPos = (modelMatrix * vec4(transformed, 1.0)).xyz;
`
const FRAG_DECL = /* glsl */ `
uniform vec3 uOriginColor;
uniform vec3 uInsertionColor;
varying float vOrigin;
varying float vInsertion;
varying float vFocus;
varying vec3 vPaintPos;
`
// Stripes about 4 mm wide for origins; a lattice of 2 mm dots for the insertion (world metres).
const FRAG_MAIN = /* glsl */ `
  if (vOrigin > 0.5) {
    float stripe = step(0.5, fract(dot(vPaintPos, vec3(0.7, 0.7, 0.45)) * 130.0));
    diffuseColor.rgb = mix(uOriginColor * 0.78, uOriginColor, stripe);
  } else if (vInsertion > 0.5) {
    vec3 cell = fract(vPaintPos * 190.0) - 0.5;
    float dotMask = 1.0 - step(0.32, length(cell));
    diffuseColor.rgb = mix(uInsertionColor, vec3(0.93, 0.95, 1.0), dotMask * 0.75);
  }
  if (vFocus > 0.5 && (vOrigin > 0.5 || vInsertion > 0.5)) diffuseColor.rgb = mix(diffuseColor.rgb, vec3(1.0, 0.95, 0.6), 0.35);
`

/** Add region painting to a material. Classes and focus are live: change them, then redraw. */
export function installRegionPaint(material: MeshStandardMaterial): RegionPaint {
  const classes = new Float32Array(MAX_REGION_CODES + 1)
  const focus = { value: 0 }
  material.onBeforeCompile = (shader) => {
    shader.uniforms.uRegionClass = { value: classes }
    shader.uniforms.uRegionFocus = focus
    shader.uniforms.uOriginColor = { value: new Color(ATTACHMENT_COLORS.origin) }
    shader.uniforms.uInsertionColor = { value: new Color(ATTACHMENT_COLORS.insertion) }
    addToShader(shader, VERT_DECL, VERT_MAIN, FRAG_DECL, FRAG_MAIN)
  }
  // One program for every painted material; the per-mesh state lives in uniforms.
  material.customProgramCacheKey = () => 'region-paint-v1'
  return { classes, focus }
}
