/**
 * The left 12th rib as a signed distance field, in T12's local frame (origin at the T12 body
 * centre, axes as the standing scene: +X patient's left, +Y up, +Z forward, mm). The rib node is
 * placed with T12's transform and the rig moves it with T12: a floating rib joins only its body.
 *
 * Shape (standard osteology): a head with one facet against the side of the T12 body, high and
 * towards its back (no tubercle, no joint with the transverse process), then a short neck and a
 * slender shaft that runs out, back and down, flattened from front to back near the spine and
 * tapering to a blunt, pointed tip. The tip lies about a hand-breadth from the midline, where
 * pain-patterns.md places it: at the lateral border of the erector spinae [EGO]. Its length is a
 * design value: 12th ribs vary widely, and ours is about 10 cm along its curve.
 */
import { VERTEBRAE } from '../../src/anatomy/spine'
import type { Vec3 } from '../../src/anatomy/types'
import { smin, sphere, type Sdf } from '../sdf/primitives'
import { tube } from '../sdf/pelvisPrimitives'
import type { StructureShape } from './types'
import { vertebraShape } from './vertebra'

const T12 = VERTEBRAE.find((v) => v.level === 't12')!
/** Head of the rib: radius, and the joint space left between it and the body's costal facet. */
const HEAD_R = 5.5
const JOINT_GAP = 2.2
/** Where on the body the head sits: high on the side (22 % of the body's height above its centre), towards the back. */
const HEAD_Y = 0.22 * T12.bodyHeight
const HEAD_Z = -T12.bodyDepth / 2 + 9

/**
 * The head's centre: found by walking out from inside the T12 body along +X until its surface,
 * then one head radius and the joint space beyond it, so the rib follows the vertebra's shape.
 */
function headCentre(): Vec3 {
  const t12 = vertebraShape('t12').sdf
  let x = 0
  while (x < 60 && t12(x, HEAD_Y, HEAD_Z) < 0) x += 0.1
  return [x + HEAD_R + JOINT_GAP, HEAD_Y, HEAD_Z]
}

/** The centreline (head → tip) and its radii: thick by the spine, thinning to the tip. */
function centreline(): { points: Vec3[]; radii: number[] } {
  const h = headCentre()
  const points: Vec3[] = [
    h,
    [h[0] + 13, h[1] - 5, h[2] - 11],
    [h[0] + 33, h[1] - 17, h[2] - 21],
    [h[0] + 52, h[1] - 34, h[2] - 24],
    [h[0] + 65, h[1] - 51, h[2] - 19],
    [h[0] + 71, h[1] - 62, h[2] - 12],
  ]
  return { points, radii: [4.4, 4.2, 4, 3.5, 2.8, 1.8] }
}

/** The left 12th rib: head and tapering shaft, with its tip as a landmark. */
export function rib12Shape(): StructureShape {
  const { points, radii } = centreline()
  const shaft = tube(points, radii, 5)
  const head = sphere(points[0]!, HEAD_R)
  const sdf: Sdf = (x, y, z) => smin(head(x, y, z), shaft(x, y, z), 4)
  const lo = [0, 1, 2].map((k) => Math.min(...points.map((p) => p[k]!)) - 12) as [number, number, number]
  const hi = [0, 1, 2].map((k) => Math.max(...points.map((p) => p[k]!)) + 12) as [number, number, number]
  return {
    id: 'rib_12_l',
    sdf,
    bounds: { min: lo, max: hi },
    edgeLength: 0.9,
    targetTriangles: 2500,
    landmarks: { rib_12_tip_l: points[points.length - 1]! },
  }
}
