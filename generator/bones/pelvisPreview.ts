/**
 * Developer preview of the assembled pelvis: left hip bone, its mirror image as the right hip
 * bone, sacrum and coccyx, all in the pelvis frame.
 *
 *   npx tsx generator/preview/preview.ts generator/bones/pelvisPreview.ts pelvisPreview /tmp/pelvis-all.png
 */
import type { Vec3 } from '../../src/anatomy/types'
import { hipBoneShape } from './hipBone'
import { coccyxShape, sacrumShape } from './sacrum'
import type { StructureShape } from './types'

/** Mirror a left-side shape across the midsagittal plane (preview only; the pipeline mirrors meshes). */
function mirrored(s: StructureShape, id: string): StructureShape {
  const landmarks: Record<string, Vec3> = {}
  for (const [k, p] of Object.entries(s.landmarks)) landmarks[k.replace(/_l$/, '_r')] = [-p[0], p[1], p[2]]
  const f = s.sdf
  return {
    ...s,
    id,
    sdf: (x, y, z) => f(-x, y, z),
    bounds: {
      min: [-s.bounds.max[0], s.bounds.min[1], s.bounds.min[2]],
      max: [-s.bounds.min[0], s.bounds.max[1], s.bounds.max[2]],
    },
    landmarks,
    region: undefined,
  }
}

/** [left hip bone, mirrored right hip bone, sacrum, coccyx]. */
export function pelvisPreview(): StructureShape[] {
  const hip = hipBoneShape()
  return [hip, mirrored(hip, 'hip_bone_r'), sacrumShape(), coccyxShape()]
}

/** Sacrum and coccyx only (faster to iterate on). */
export function sacrumPreview(): StructureShape[] {
  return [sacrumShape(), coccyxShape()]
}
