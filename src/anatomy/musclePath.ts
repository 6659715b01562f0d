import { transformPoint, type Mat4 } from './mat4'
import { MUSCLE_LINES, STRANDS, type StrandDef } from './muscles'
import type { Pose } from './poses'
import { poseTransforms } from './rig'
import type { Vec3 } from './types'
import { clamp } from './scalar'

/** Arc samples on a wrap: one every 6° keeps the chord error under 0.02 mm on a 34 mm sphere. */
const ARC_STEP = (6 * Math.PI) / 180

function boneTransform(transforms: Readonly<Record<string, Mat4>>, bone: string): Mat4 {
  const m = transforms[bone]
  if (!m) throw new Error(`musclePath: no transform for ${bone}`)
  return m
}

/**
 * Append to `out` the path from A to B (A itself excluded) around a sphere (centre C, radius r):
 * B alone when the straight line clears the sphere, else tangent – great-circle arc – tangent.
 *
 * Geometry in the plane through A, B and C: the tangent point seen from A lies at angle
 * acos(r/|CA|) from CA (the radius to a tangent point is perpendicular to the tangent line). The
 * line AB misses the sphere exactly when the angle ACB is at most the sum of the two tangent
 * angles, so one comparison decides whether to wrap, and the arc runs between the two tangent
 * points on the side the line would have cut through (the shorter way round).
 */
function appendWrapped(out: Vec3[], a: Vec3, b: Vec3, c: Vec3, r: number): void {
  const ax = a[0] - c[0]
  const ay = a[1] - c[1]
  const az = a[2] - c[2]
  const bx = b[0] - c[0]
  const by = b[1] - c[1]
  const bz = b[2] - c[2]
  const la = Math.hypot(ax, ay, az)
  const lb = Math.hypot(bx, by, bz)
  // An end inside the sphere has no tangent; the data keeps every point outside, so just go straight.
  if (la <= r || lb <= r) {
    out.push(b)
    return
  }
  const ux = ax / la
  const uy = ay / la
  const uz = az / la
  const along = bx * ux + by * uy + bz * uz
  // Component of CB perpendicular to CA: the second in-plane axis.
  let vx = bx - along * ux
  let vy = by - along * uy
  let vz = bz - along * uz
  let across = Math.hypot(vx, vy, vz)
  const theta = Math.atan2(across, along)
  const alphaA = Math.acos(r / la)
  const alphaB = Math.acos(r / lb)
  if (theta <= alphaA + alphaB) {
    out.push(b)
    return
  }
  if (across < 1e-9) {
    // A, C and B in line: every plane through them is as short; pick the one containing +Z
    // (round the front of the joint, where the tendon lies) or +Y if CA is along Z.
    const alongZ = Math.abs(uz) >= 0.9
    const d = alongZ ? uy : uz
    vx = -d * ux
    vy = (alongZ ? 1 : 0) - d * uy
    vz = (alongZ ? 0 : 1) - d * uz
    across = Math.hypot(vx, vy, vz)
  }
  vx /= across
  vy /= across
  vz /= across
  const start = alphaA
  const sweep = theta - alphaB - alphaA
  const n = Math.max(1, Math.ceil(sweep / ARC_STEP))
  for (let k = 0; k <= n; k++) {
    const phi = start + (sweep * k) / n
    const co = r * Math.cos(phi)
    const si = r * Math.sin(phi)
    out.push([c[0] + co * ux + si * vx, c[1] + co * uy + si * vy, c[2] + co * uz + si * vz])
  }
  out.push(b)
}

/**
 * Posed polyline (world mm) of a strand: its points moved by their bones' transforms, with any
 * segment crossing the wrap sphere replaced by tangent lines and a sampled great-circle arc.
 * Cheap enough for every strand every animation frame (a handful of points and one arc).
 * `marks`, when given, receives the index in the result of each of the strand's own points.
 */
export function strandPath(s: StrandDef, transforms: Readonly<Record<string, Mat4>>, marks?: number[]): Vec3[] {
  const first = s.points[0]
  if (!first) return []
  const out: Vec3[] = [transformPoint(boneTransform(transforms, first.bone), first.p)]
  if (marks) marks[0] = 0
  const wrap = s.wrap
  const centre = wrap ? transformPoint(boneTransform(transforms, wrap.bone), wrap.centre) : null
  for (let i = 1; i < s.points.length; i++) {
    const pt = s.points[i]!
    const p = transformPoint(boneTransform(transforms, pt.bone), pt.p)
    if (wrap && centre) appendWrapped(out, out[out.length - 1]!, p, centre, wrap.radius)
    else out.push(p)
    if (marks) marks[i] = out.length - 1
  }
  return out
}

/** Total length of a polyline, mm. */
export function polylineLength(path: readonly Vec3[]): number {
  let sum = 0
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1]!
    const b = path[i]!
    sum += Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2])
  }
  return sum
}

/**
 * Length of every strand (by strand id) and of every whole muscle for a pose, mm. A whole muscle's
 * length is that of its line of action from the centroid of its origin area to its insertion
 * (`MUSCLE_LINES`), as musculoskeletal models measure it, not a mean of its strands.
 */
export function muscleLengths(pose: Pose): { strands: Record<string, number>; muscles: Record<string, number> } {
  const transforms = poseTransforms(pose)
  const strands: Record<string, number> = {}
  for (const s of STRANDS) strands[s.id] = polylineLength(strandPath(s, transforms))
  const muscles: Record<string, number> = {}
  for (const [id, line] of Object.entries(MUSCLE_LINES)) muscles[id] = polylineLength(strandPath(line, transforms))
  return { strands, muscles }
}

/** The resting radius profile at fraction u (0 = origin, 1 = insertion), linearly interpolated. */
export function profileRadius(s: StrandDef, u: number): number {
  const prof = s.radiusProfile
  const n = prof.length
  if (n === 0) return 0
  if (n === 1) return prof[0]!
  const x = clamp(u, 0, 1) * (n - 1)
  const i = Math.min(n - 2, Math.floor(x))
  const f = x - i
  return prof[i]! * (1 - f) + prof[i + 1]! * f
}

/**
 * Radius (mm) at fraction u of a strand whose current length is `length`: the profile scaled by
 * sqrt(standingLength/length) so that volume stays constant (muscle is nearly incompressible, so a
 * shortened belly thickens: πr²·L constant ⇒ r ∝ 1/√L).
 */
export function strandRadius(s: StrandDef, u: number, length: number, standingLength: number): number {
  const k = length > 0 && standingLength > 0 ? Math.sqrt(standingLength / length) : 1
  return profileRadius(s, u) * k
}
