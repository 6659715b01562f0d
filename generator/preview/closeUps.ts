/**
 * Shape groups for the bone close-ups in `docs/screenshots/bones/` (`sh scripts/shoot-bones.sh`):
 * each export is one preview sheet (six views). Attachment regions are left off so the bone's own
 * shape shows; parts of a bone are cut out by narrowing its bounds.
 */
import type { Vec3 } from '../../src/anatomy/types'
import { femurShape } from '../bones/femur'
import { hipBoneShape } from '../bones/hipBone'
import { coccyxShape, sacrumShape } from '../bones/sacrum'
import type { StructureShape } from '../bones/types'
import { vertebraShape } from '../bones/vertebra'

/** A shape without its attachment regions, and optionally inside other bounds. */
function plain(shape: StructureShape, bounds?: { min: Vec3; max: Vec3 }): StructureShape {
  const { region: _region, ...rest } = shape
  return bounds ? { ...rest, bounds, edgeLength: Math.min(rest.edgeLength, 1) } : rest
}

/** The left hip bone by itself (its medial view is the inside of the pelvis). */
export const hipBone = (): StructureShape => plain(hipBoneShape())
/** The sacrum and the coccyx. */
export const sacrum = (): StructureShape[] => [plain(sacrumShape()), coccyxShape()]
/** L3. */
export const l3 = (): StructureShape => plain(vertebraShape('l3'))
/** The top 11 cm of the left femur: head, neck, trochanters. */
export const femurTop = (): StructureShape => plain(femurShape(), { min: [-46, -110, -50], max: [64, 28, 28] })
/** The bottom 10 cm of the left femur: condyles, notch, trochlea. */
export const femurBottom = (): StructureShape => plain(femurShape(), { min: [-46, -431, -50], max: [64, -330, 28] })
