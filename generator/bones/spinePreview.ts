/**
 * Developer previews of the lumbar column: every vertebra and disc moved into the pelvis frame
 * with the standing layout, so facet joints, disc fit and lordosis can be judged in one picture.
 *
 *   npx tsx generator/preview/preview.ts generator/bones/spinePreview.ts spinePreview /tmp/spine-col.png
 */
import { STANDING_SPINE } from '../../src/anatomy/skeleton'
import { DISCS, LEVELS, type SpineFrame } from '../../src/anatomy/spine'
import type { Vec3 } from '../../src/anatomy/types'
import { add, rad, rotateX } from '../../src/anatomy/vec'
import { discShape } from './disc'
import type { StructureShape } from './types'
import { vertebraShape } from './vertebra'

/** Re-express a local shape in the pelvis frame: field, bounds and landmarks. */
function placed(s: StructureShape, f: SpineFrame): StructureShape {
  const t = rad(f.tiltDeg)
  const c = Math.cos(t)
  const sn = Math.sin(t)
  const [ox, oy, oz] = f.origin
  // world → local is a rotation about X by −tilt after removing the origin
  const sdf = (x: number, y: number, z: number) => {
    const py = y - oy
    const pz = z - oz
    return s.sdf(x - ox, py * c + pz * sn, -py * sn + pz * c)
  }
  const toWorld = (p: Vec3): Vec3 => add(f.origin, rotateX(p, t))
  const min: number[] = [Infinity, Infinity, Infinity]
  const max: number[] = [-Infinity, -Infinity, -Infinity]
  for (let i = 0; i < 8; i++) {
    const p = toWorld([
      i & 1 ? s.bounds.max[0] : s.bounds.min[0],
      i & 2 ? s.bounds.max[1] : s.bounds.min[1],
      i & 4 ? s.bounds.max[2] : s.bounds.min[2],
    ])
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k]!, p[k]!)
      max[k] = Math.max(max[k]!, p[k]!)
    }
  }
  const landmarks = Object.fromEntries(Object.entries(s.landmarks).map(([k, p]) => [k, toWorld(p)]))
  const region = s.region
  const regionW = region
    ? (p: Vec3, n: Vec3) => region(rotateX([p[0] - ox, p[1] - oy, p[2] - oz], -t), rotateX(n, -t))
    : undefined
  return {
    ...s,
    sdf,
    bounds: { min: min as unknown as Vec3, max: max as unknown as Vec3 },
    landmarks,
    ...(regionW ? { region: regionW } : {}),
  }
}

/** All six vertebrae and six discs in their standing positions (pelvis frame). */
export function spinePreview(): StructureShape[] {
  return [
    ...LEVELS.map((l) => placed(vertebraShape(l), STANDING_SPINE.vertebrae[l])),
    ...DISCS.map((d) => placed(discShape(d), STANDING_SPINE.discs[d])),
  ]
}

/** Only the vertebrae, standing (quicker look at the facet joints). */
export function spineBonesPreview(): StructureShape[] {
  return LEVELS.map((l) => placed(vertebraShape(l), STANDING_SPINE.vertebrae[l]))
}

/** L3 alone in its local frame. */
export function l3Preview(): StructureShape {
  return vertebraShape('l3')
}

/** L3, the L3/L4 disc and L4, standing: a close look at one motion segment and its facet joints. */
export function segmentPreview(): StructureShape[] {
  return [
    placed(vertebraShape('l3'), STANDING_SPINE.vertebrae.l3),
    placed(discShape('l3_l4'), STANDING_SPINE.discs.l3_l4),
    placed(vertebraShape('l4'), STANDING_SPINE.vertebrae.l4),
  ]
}

/** T12 alone in its local frame (thoracolumbar transition: tubercle-like transverse processes). */
export function t12Preview(): StructureShape {
  return vertebraShape('t12')
}

/** L5 alone in its local frame (stout transverse processes, wedge-shaped body). */
export function l5Preview(): StructureShape {
  return vertebraShape('l5')
}
