/**
 * Detail of the left hip bone, measured on the written mesh (its local frame is the pelvis frame):
 * iliac fossa depth, flatness of the quadrilateral plate behind the socket, the gap at the pubic
 * symphysis and the size of the obturator foramen. The right bone is the mirror of the left, so
 * one side is enough.
 */
import { HIP_BONE_RANGES, type Vec3 } from '../../src/anatomy'
import { cross, dot, normalize, sub } from '../../src/anatomy/vec'
import { HIP_BONE_GEOMETRY } from '../bones/hipBone'
import type { LoadedSkeleton, LoadedStructure } from './loadModel'
import { row, type Measurement } from './rows'

const vertex = (s: LoadedStructure, i: number): Vec3 => [s.local[i * 3]!, s.local[i * 3 + 1]!, s.local[i * 3 + 2]!]

/**
 * Least-squares plane through points: centroid and unit normal (the covariance's eigenvector of
 * least eigenvalue, by Jacobi rotations on the 3 × 3 matrix).
 */
export function fitPlane(pts: readonly Vec3[]): { centre: Vec3; normal: Vec3 } {
  const m3 = [0, 0, 0]
  for (const p of pts) for (let k = 0; k < 3; k++) m3[k] = m3[k]! + p[k]! / pts.length
  const c: Vec3 = [m3[0]!, m3[1]!, m3[2]!]
  const a = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ]
  for (const p of pts) {
    const d = sub(p, c)
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) a[i]![j] = a[i]![j]! + d[i]! * d[j]!
  }
  const v = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ]
  for (let sweep = 0; sweep < 30; sweep++) {
    for (const [p, q] of [
      [0, 1],
      [0, 2],
      [1, 2],
    ] as const) {
      const apq = a[p]![q]!
      if (Math.abs(apq) < 1e-12) continue
      const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq)
      const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1))
      const cs = 1 / Math.sqrt(t * t + 1)
      const sn = t * cs
      for (let k = 0; k < 3; k++) {
        const akp = a[k]![p]!
        const akq = a[k]![q]!
        a[k]![p] = cs * akp - sn * akq
        a[k]![q] = sn * akp + cs * akq
      }
      for (let k = 0; k < 3; k++) {
        const apk = a[p]![k]!
        const aqk = a[q]![k]!
        a[p]![k] = cs * apk - sn * aqk
        a[q]![k] = sn * apk + cs * aqk
      }
      for (let k = 0; k < 3; k++) {
        const vkp = v[k]![p]!
        const vkq = v[k]![q]!
        v[k]![p] = cs * vkp - sn * vkq
        v[k]![q] = sn * vkp + cs * vkq
      }
    }
  }
  let m = 0
  for (let k = 1; k < 3; k++) if (a[k]![k]! < a[m]![m]!) m = k
  return { centre: c, normal: normalize([v[0]![m]!, v[1]![m]!, v[2]![m]!]) }
}

/**
 * Iliac fossa depth: the iliacus fossa region's border (crest inner lip above, arcuate line below,
 * auricular border behind) spans a plane; the depth is how far the region's deepest vertex lies
 * beyond that plane, on the lateral side.
 */
function iliacFossaDepth(s: LoadedStructure, regionId: string): number {
  const code = s.regionIds.indexOf(regionId) + 1
  if (code === 0 || !s.regions) return NaN
  const inRegion = (i: number) => s.regions![i] === code
  const border = new Set<number>()
  for (let t = 0; t < s.indices.length; t += 3) {
    const tri = [s.indices[t]!, s.indices[t + 1]!, s.indices[t + 2]!]
    const n = tri.filter(inRegion).length
    if (n > 0 && n < 3) for (const i of tri) if (inRegion(i)) border.add(i)
  }
  const { centre, normal } = fitPlane([...border].map((i) => vertex(s, i)))
  // the fossa is concave towards the pelvis, so its floor lies laterally (+x side) of the rim plane
  const lateral = normal[0] > 0 ? 1 : -1
  let depth = 0
  for (let i = 0; i < s.regions.length; i++) {
    if (!inRegion(i)) continue
    depth = Math.max(depth, lateral * dot(sub(vertex(s, i), centre), normal))
  }
  return depth
}

/**
 * Quadrilateral plate: the inner (medial-facing) wall behind the socket. A plane is fitted to the
 * wall in a ring 14–22 mm around the point behind the socket; the figure is how far the wall
 * inside the ring stands proud of it, towards the pelvic cavity (negative when recessed).
 */
function plateProud(s: LoadedStructure): number {
  const [, yc, zc] = HIP_BONE_GEOMETRY.plateCentre
  const ring: Vec3[] = []
  const disc: Vec3[] = []
  for (let t = 0; t < s.indices.length; t += 3) {
    const a = vertex(s, s.indices[t]!)
    const b = vertex(s, s.indices[t + 1]!)
    const c = vertex(s, s.indices[t + 2]!)
    const n = normalize(cross(sub(b, a), sub(c, a)))
    const g: Vec3 = [(a[0] + b[0] + c[0]) / 3, (a[1] + b[1] + c[1]) / 3, (a[2] + b[2] + c[2]) / 3]
    if (n[0] > -0.5 || g[0] > 62) continue
    const r = Math.hypot(g[1] - yc, g[2] - zc)
    if (r < 14) disc.push(g)
    else if (r < 22) ring.push(g)
  }
  const { centre, normal } = fitPlane(ring)
  const medial = normal[0] < 0 ? 1 : -1
  let proud = -Infinity
  for (const p of disc) proud = Math.max(proud, medial * dot(sub(p, centre), normal))
  return proud
}

/** Gap between the two pubic bones at the symphysis: twice the left bone's medial-most x there. */
function symphysisGap(s: LoadedStructure): number {
  let xMin = Infinity
  for (let i = 0; i < s.local.length / 3; i++) {
    const [x, y, z] = vertex(s, i)
    if (y > -50 && y < -10 && z > 15) xMin = Math.min(xMin, x)
  }
  return 2 * xMin
}

/**
 * Obturator foramen, as seen straight through it along the cutter's axis: the bone's triangles are
 * projected onto the plane across the axis and drawn into a 0.5 mm raster; the hole is the empty
 * patch connected to the foramen's centre. Its longest extent (over directions every 2°) and its
 * extent across that direction are the figures.
 */
function obturatorSize(s: LoadedStructure): { height: number; width: number } {
  const { obturatorCentre: c, obturatorNormal: n } = HIP_BONE_GEOMETRY
  const e1 = normalize(cross(n, [0, 0, 1]))
  const e2 = cross(n, e1)
  const H = 50
  const px = 0.5
  const side = Math.round((2 * H) / px)
  const solid = new Uint8Array(side * side)
  const proj = (i: number): [number, number] => {
    const d = sub(vertex(s, i), c)
    return [(dot(d, e1) + H) / px, (dot(d, e2) + H) / px]
  }
  for (let t = 0; t < s.indices.length; t += 3) {
    const [a, b, q] = [proj(s.indices[t]!), proj(s.indices[t + 1]!), proj(s.indices[t + 2]!)]
    const x0 = Math.max(0, Math.floor(Math.min(a[0], b[0], q[0])))
    const x1 = Math.min(side - 1, Math.ceil(Math.max(a[0], b[0], q[0])))
    const y0 = Math.max(0, Math.floor(Math.min(a[1], b[1], q[1])))
    const y1 = Math.min(side - 1, Math.ceil(Math.max(a[1], b[1], q[1])))
    const area = (b[0] - a[0]) * (q[1] - a[1]) - (q[0] - a[0]) * (b[1] - a[1])
    if (Math.abs(area) < 1e-9) continue
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const cx = x + 0.5
        const cy = y + 0.5
        const w0 = ((b[0] - cx) * (q[1] - cy) - (q[0] - cx) * (b[1] - cy)) / area
        const w1 = ((q[0] - cx) * (a[1] - cy) - (a[0] - cx) * (q[1] - cy)) / area
        if (w0 >= 0 && w1 >= 0 && w0 + w1 <= 1) solid[y * side + x] = 1
      }
    }
  }
  // flood the empty patch from the centre (the cutter's axis lies inside the hole)
  const hole: number[] = []
  const seen = new Uint8Array(side * side)
  const start = Math.floor(side / 2) * side + Math.floor(side / 2)
  const stack = [start]
  seen[start] = 1
  let open = false
  while (stack.length > 0) {
    const k = stack.pop()!
    if (solid[k]) continue
    hole.push(k)
    const x = k % side
    const y = Math.floor(k / side)
    if (x === 0 || y === 0 || x === side - 1 || y === side - 1) open = true
    for (const m of [k - 1, k + 1, k - side, k + side]) {
      if (m >= 0 && m < side * side && !seen[m]) {
        seen[m] = 1
        stack.push(m)
      }
    }
  }
  if (open || hole.length === 0) return { height: NaN, width: NaN }
  const extent = (theta: number): number => {
    const cu = Math.cos(theta)
    const cv = Math.sin(theta)
    let lo = Infinity
    let hi = -Infinity
    for (const k of hole) {
      const t = (k % side) * cu + Math.floor(k / side) * cv
      lo = Math.min(lo, t)
      hi = Math.max(hi, t)
    }
    return (hi - lo + 1) * px
  }
  let best = 0
  let height = 0
  for (let deg = 0; deg < 180; deg += 2) {
    const e = extent((deg * Math.PI) / 180)
    if (e > height) {
      height = e
      best = deg
    }
  }
  return { height, width: extent(((best + 90) * Math.PI) / 180) }
}

/** Hip-bone detail rows for the generator report (left bone; the right is its mirror). */
export function measureHipDetail(sk: LoadedSkeleton): Measurement[] {
  const s = sk.structures.get('hip_bone_l')
  if (!s) throw new Error('missing hip_bone_l')
  const obt = obturatorSize(s)
  return [
    row(
      'hip bone: iliac fossa depth below its rim',
      iliacFossaDepth(s, 'iliacus_origin_fossa_l'),
      HIP_BONE_RANGES.iliacFossaDepth,
    ),
    row('hip bone: quadrilateral plate proud of its plane', plateProud(s), HIP_BONE_RANGES.quadrilateralPlateProud),
    row('pelvis: pubic symphysis gap', symphysisGap(s), HIP_BONE_RANGES.symphysisGap),
    row('hip bone: obturator foramen, long diameter', obt.height, HIP_BONE_RANGES.obturatorHeight),
    row('hip bone: obturator foramen, across', obt.width, HIP_BONE_RANGES.obturatorWidth),
  ]
}
