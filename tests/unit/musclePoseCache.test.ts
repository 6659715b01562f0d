import { BufferAttribute, BufferGeometry, Vector3 } from 'three'
import { MeshBVH } from 'three-mesh-bvh'
import { afterAll, describe, expect, it } from 'vitest'
import { POSE_NAMES, type PoseName } from '../../src/anatomy/poses'
import { poseTransforms } from '../../src/anatomy/rig'
import { createMuscleMeshes, type MuscleMeshes } from '../../src/scene/muscles/muscleMeshes'
import { POSE_CACHE_STEPS, createMusclePoseCache, type ShownPosture } from '../../src/scene/muscles/poseCache'
import { poseOf, type MuscleSide } from '../../src/store/postureSlice'

/**
 * The cache must draw what the exact loft draws: the same shape when the posture is still and at
 * every keyframe, and close to it while it moves between keyframes, on every path the rig offers.
 */
const cached = createMuscleMeshes()
const exact = createMuscleMeshes()
const cache = createMusclePoseCache(cached)
afterAll(() => {
  cached.dispose()
  exact.dispose()
})

type Target = Exclude<PoseName, 'standing'>
const TARGETS = POSE_NAMES.filter((n): n is Target => n !== 'standing')
const MOVING = { target: 'sitting', amount: 1 } as const

const positionsOf = (m: MuscleMeshes['bellies'][number]) => m.mesh.geometry.attributes.position!.array as Float32Array

/** Show a posture on both mesh sets: the cache on one, the exact loft on the other. */
function show(target: Target, side: MuscleSide, amount: number, moving: boolean): void {
  const posture: ShownPosture = { target, side, amount, goal: moving ? MOVING : null }
  const transforms = poseTransforms(poseOf(posture))
  cache.apply(posture, transforms)
  exact.update(transforms, side)
}

/** Largest vertex-to-vertex distance (mm) between the two sets; visibility must agree. */
function vertexDeviation(): number {
  let worst = 0
  cached.bellies.forEach((b, j) => {
    const e = exact.bellies[j]!
    expect(b.mesh.visible).toBe(e.mesh.visible)
    if (!b.mesh.visible) return
    const p = positionsOf(b)
    const q = positionsOf(e)
    for (let i = 0; i < p.length; i += 3)
      worst = Math.max(worst, Math.hypot(p[i]! - q[i]!, p[i + 1]! - q[i + 1]!, p[i + 2]! - q[i + 2]!) * 1000)
  })
  return worst
}

const _v = new Vector3()
/**
 * Largest distance (mm) from a drawn vertex of the cached set to the exact surface, and whether
 * every drawn vertex lies inside its mesh's bounding sphere (picking relies on it). Vertex to
 * surface, not vertex to vertex: the soft hull lets a vertex slide along a flat stretch of the
 * surface quickly, which moves the vertex but not the muscle.
 */
function surfaceDeviation(): { mm: number; inSphere: boolean } {
  let worst = 0
  let inSphere = true
  cached.bellies.forEach((b, j) => {
    if (!b.mesh.visible) return
    const e = exact.bellies[j]!.mesh.geometry
    const g = new BufferGeometry()
    g.setAttribute('position', new BufferAttribute(Float32Array.from(e.attributes.position!.array), 3))
    g.setIndex(new BufferAttribute(Uint32Array.from(e.index!.array), 1))
    const bvh = new MeshBVH(g)
    const drawn = new Set(e.index!.array)
    const p = positionsOf(b)
    const s = b.mesh.geometry.boundingSphere!
    for (const i of drawn) {
      _v.fromArray(p, i * 3)
      worst = Math.max(worst, bvh.closestPointToPoint(_v)!.distance * 1000)
      if (_v.distanceTo(s.center) > s.radius + 1e-6) inSphere = false
    }
  })
  return { mm: worst, inSphere }
}

describe('the muscle pose cache', () => {
  it('draws the exact loft when the posture is still, anywhere along a path', () => {
    for (const [target, amount] of [
      ['sitting', 0.37],
      ['hipFlexion', 0.81],
      ['couchStretch', 0.5],
    ] as const) {
      show(target, 'both', amount, false)
      expect(vertexDeviation(), `${target} ${amount}`).toBeLessThan(1e-3)
    }
  })

  it('draws the exact loft at every keyframe while moving', () => {
    for (const i of [0, 5, POSE_CACHE_STEPS]) {
      show('sitting', 'both', i / POSE_CACHE_STEPS, true)
      expect(vertexDeviation()).toBeLessThan(1e-3)
      expect(surfaceDeviation().inSphere).toBe(true)
    }
  })

  it('stays within 2.5 mm of the exact surface between keyframes while moving, on every path', () => {
    // Measured: 2.36 mm at worst (the psoas where a slip joins, half-way to hip flexion 90°);
    // under 1.5 mm on the sitting path.
    let worst = 0
    for (const target of TARGETS) {
      for (let i = 0; i < POSE_CACHE_STEPS; i++) {
        show(target, 'both', (i + 0.5) / POSE_CACHE_STEPS, true)
        const d = surfaceDeviation()
        worst = Math.max(worst, d.mm)
        expect(d.inSphere, `${target} ${i}`).toBe(true)
      }
    }
    expect(worst).toBeLessThan(2.5)
    expect(worst).toBeGreaterThan(0)
  }, 30_000)

  it("shows only the chosen side's muscles", () => {
    show('stretch', 'l', 0.37, true)
    expect(cached.bellies.filter((b) => b.mesh.visible).map((b) => b.side)).toEqual(['l', 'l'])
    expect(vertexDeviation()).toBeLessThan(5)
  })

  it('warms a path one keyframe at a time and leaves the shown shape alone', () => {
    const fresh = createMusclePoseCache(cached)
    show('release', 'both', 0.3, false)
    const before = vertexDeviation()
    let calls = 0
    while (fresh.warm({ target: 'release', side: 'both' })) calls++
    expect(calls).toBe(POSE_CACHE_STEPS + 1)
    expect(fresh.warm({ target: 'release', side: 'both' })).toBe(false)
    expect(before).toBeLessThan(1e-3)
    expect(vertexDeviation()).toBeLessThan(1e-3)
    // Complete: animating the whole path lofts nothing more.
    for (let a = 0; a <= 1; a += 0.01) {
      const posture: ShownPosture = { target: 'release', side: 'both', amount: a, goal: MOVING }
      fresh.apply(posture, poseTransforms(poseOf(posture)))
    }
    expect(fresh.lofted()).toBe(POSE_CACHE_STEPS + 1)
  })
})
