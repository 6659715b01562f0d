import type { MeshStandardMaterial } from 'three'

/** Stripes round a section: about one per 2–3 mm of psoas girth, fine enough to read as fibres. */
const STRIPES = 40

/**
 * Shade fibre direction on a muscle material: fine light-dark stripes that run along the muscle,
 * from the `fibre` vertex attribute (cos and sin of the angle round the section, fraction along).
 * A gentle wobble along the length keeps them from looking ruled. The stripes only darken the
 * colour by up to 8 %, so the belly still reads as one smooth surface.
 */
export function addFibreShading(material: MeshStandardMaterial): void {
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nattribute vec3 fibre;\nvarying vec3 vFibre;')
      .replace('#include <begin_vertex>', '#include <begin_vertex>\nvFibre = fibre;')
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nvarying vec3 vFibre;')
      .replace(
        '#include <color_fragment>',
        [
          '#include <color_fragment>',
          `float fibrePhase = atan(vFibre.y, vFibre.x) * ${STRIPES.toFixed(1)} + 2.0 * sin(vFibre.z * 23.0);`,
          'diffuseColor.rgb *= 1.0 - 0.08 * (0.5 + 0.5 * sin(fibrePhase));',
        ].join('\n'),
      )
  }
  material.customProgramCacheKey = () => 'muscle-fibres'
}
