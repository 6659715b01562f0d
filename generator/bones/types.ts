import type { Vec3 } from '../../src/anatomy/types'
import type { Sdf } from '../sdf/primitives'

/**
 * What a bone (or disc) module hands the mesher. Everything is in millimetres in the structure's
 * own local frame, whose origin is the node's pivot (femur: head centre; vertebra: body centre;
 * disc: disc centre; pelvic bones: midway between the hip centres). The axes are the glTF axes
 * (+X patient's left, +Y up, +Z forward) as they are in the standing pose, except where a module
 * documents its own tilt.
 */
export interface StructureShape {
  /** Structure id from `src/anatomy/bones.ts`. */
  readonly id: string
  /** Signed distance, negative inside. */
  readonly sdf: Sdf
  /** Axis-aligned box that contains the shape with a margin of at least 2 edge lengths. */
  readonly bounds: { readonly min: Vec3; readonly max: Vec3 }
  /** Level-set grid edge length (mm). Must be under half the thinnest wall. */
  readonly edgeLength: number
  /** Triangle count after simplification. */
  readonly targetTriangles: number
  /** Landmark id → position (local mm). Surface landmarks are projected onto the mesh by the pipeline. */
  readonly landmarks: Readonly<Record<string, Vec3>>
  /**
   * Attachment region of a surface point: an attachment id from `src/anatomy/attachments.ts` or
   * null. `n` is the outward unit normal there. Called once per vertex after meshing.
   */
  readonly region?: (p: Vec3, n: Vec3) => string | null
}
