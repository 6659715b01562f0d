import { ankleCentre } from '../../src/anatomy/body'
import type { Vec3 } from '../../src/anatomy/types'
import type { PlacedStructure } from '../gltf/writeModelFile'

/** Rotate v by the unit quaternion q = [x, y, z, w]. */
function rotate(q: readonly [number, number, number, number], v: Vec3): Vec3 {
  const [qx, qy, qz, qw] = q
  const [vx, vy, vz] = v
  // t = 2 q × v; v' = v + w t + q × t
  const tx = 2 * (qy * vz - qz * vy)
  const ty = 2 * (qz * vx - qx * vz)
  const tz = 2 * (qx * vy - qy * vx)
  return [vx + qw * tx + (qy * tz - qz * ty), vy + qw * ty + (qz * tx - qx * tz), vz + qw * tz + (qx * ty - qy * tx)]
}

/** Round to 0.1 mm so the file does not carry float noise. */
const tidy = (v: number): number => Math.round(v * 10) / 10 || 0

/**
 * Every landmark of the bone files in standing world coordinates (mm), read from the assembled
 * structures (pivot translation + rotation applied), plus the ankle-joint centres from body.ts.
 * Keys sorted, so the file is deterministic.
 */
export function standingLandmarks(structures: readonly PlacedStructure[]): Record<string, [number, number, number]> {
  const found = new Map<string, Vec3>()
  for (const s of structures) {
    for (const l of s.landmarks) {
      const r = rotate(s.rotation, l.position)
      found.set(l.id, [r[0] + s.translation[0], r[1] + s.translation[1], r[2] + s.translation[2]])
    }
  }
  for (const side of ['l', 'r'] as const) found.set(`ankle_centre_${side}`, ankleCentre(side))
  const out: Record<string, [number, number, number]> = {}
  for (const id of [...found.keys()].sort()) {
    const p = found.get(id)!
    out[id] = [tidy(p[0]), tidy(p[1]), tidy(p[2])]
  }
  return out
}
