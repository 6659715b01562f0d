import type { BufferGeometry, Mesh } from 'three'
import { afterAll, describe, expect, it } from 'vitest'
import { MUSCLES } from '../../src/anatomy/muscles'
import { SITTING, STANDING, hipFlexionPose, lerpPose, stretchPose, type Pose } from '../../src/anatomy/poses'
import { poseTransforms } from '../../src/anatomy/rig'
import { createMuscleMeshes } from '../../src/scene/muscles/muscleMeshes'
import { enclosedVolume } from '../../src/scene/muscles/tube'

/**
 * The meshes `createMuscleMeshes()` gives the scene, reshaped for each pose by their own
 * `update`: the volume the viewer draws, not a rebuild of the pipeline beside it.
 */
const meshes = createMuscleMeshes()
afterAll(() => meshes.dispose())

/** Volume (cm³) of each muscle's drawn surface (positions are metres) after posing the meshes. */
function drawnVolumes(pose: Pose): Record<string, number> {
  meshes.update(poseTransforms(pose), 'both')
  const out: Record<string, number> = {}
  for (const child of meshes.group.children) {
    const g = (child as Mesh<BufferGeometry>).geometry
    const id = (child.userData as { anatomyId: string }).anatomyId
    out[id] = (out[id] ?? 0) + enclosedVolume(g.attributes.position!.array, g.index!.array) * 1e6
  }
  return out
}

describe('the muscle meshes the app draws', () => {
  const standing = drawnVolumes(STANDING)

  it('are one visible mesh per muscle and side, each a closed surface facing outwards (positive volume)', () => {
    expect(meshes.group.children).toHaveLength(MUSCLES.length)
    expect(meshes.group.children.every((c) => c.visible)).toBe(true)
    expect(Object.keys(standing).sort()).toEqual(MUSCLES.map((m) => m.id).sort())
    for (const child of meshes.group.children) {
      const g = (child as Mesh<BufferGeometry>).geometry
      const id = child.userData.anatomyId as string
      expect(enclosedVolume(g.attributes.position!.array, g.index!.array), id).toBeGreaterThan(0)
      // Closed: every edge is shared by exactly two triangles, running opposite ways.
      const edges = new Map<string, number>()
      const idx = g.index!.array
      for (let t = 0; t < idx.length; t += 3) {
        for (let e = 0; e < 3; e++) {
          const a = idx[t + e]!
          const b = idx[t + ((e + 1) % 3)]!
          const key = `${a},${b}`
          edges.set(key, (edges.get(key) ?? 0) + 1)
        }
      }
      const open = [...edges].filter(([k, n]) => n !== 1 || edges.get(k.split(',').reverse().join(',')) !== 1)
      expect(open, id).toEqual([])
    }
  })

  it('has no collapsed or blown-up muscle (50–400 cm³ each)', () => {
    // Not a published range: only a guard against a collapse or a blow-up of the surface.
    for (const v of Object.values(standing)) {
      expect(v).toBeGreaterThan(50)
      expect(v).toBeLessThan(400)
    }
  })

  it.each([
    ['sitting', SITTING],
    ['stretch (both)', stretchPose('both')],
    ['stretch (left)', stretchPose('l')],
    ['stretch (right)', stretchPose('r')],
    ['half-way to sitting', lerpPose(STANDING, SITTING, 0.5)],
    ['hip flexion 0°', hipFlexionPose(0)],
    ['hip flexion 30°', hipFlexionPose(30)],
    ['hip flexion 60°', hipFlexionPose(60)],
    ['hip flexion 90°', hipFlexionPose(90)],
  ])('keep each muscle’s volume within 5 percent of standing: %s', (_, pose) => {
    const v = drawnVolumes(pose)
    for (const id of Object.keys(standing)) expect(Math.abs(v[id]! / standing[id]! - 1), id).toBeLessThan(0.05)
  })

  it.each([
    ['standing', STANDING],
    ['sitting', SITTING],
    ['hip flexion 90°', hipFlexionPose(90)],
    ['stretch (both)', stretchPose('both')],
  ])('fold over in at most 2 percent of their triangles: %s', (_, pose) => {
    // A triangle whose face points against its vertices' normals is folded over (a crease or a
    // self-intersection); the iliacus fan has a few along a crease below fossa_upper (about 1.7 %).
    meshes.update(poseTransforms(pose), 'both')
    for (const child of meshes.group.children) {
      const g = (child as Mesh<BufferGeometry>).geometry
      const P = g.attributes.position!.array
      const N = g.attributes.normal!.array
      const I = g.index!.array
      let folded = 0
      for (let t = 0; t < I.length; t += 3) {
        const [a, b, c] = [I[t]! * 3, I[t + 1]! * 3, I[t + 2]! * 3]
        const u = [0, 1, 2].map((k) => P[b + k]! - P[a + k]!)
        const v = [0, 1, 2].map((k) => P[c + k]! - P[a + k]!)
        const n = [u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!]
        const m = [0, 1, 2].map((k) => N[a + k]! + N[b + k]! + N[c + k]!)
        if (n[0]! * m[0]! + n[1]! * m[1]! + n[2]! * m[2]! < 0) folded++
      }
      expect(folded / (I.length / 3), child.userData.anatomyId as string).toBeLessThan(0.02)
    }
  })

  it('really change shape between poses (so the volume check compares different meshes)', () => {
    const first = (pose: Pose) => {
      drawnVolumes(pose)
      const g = (meshes.group.children[0] as Mesh<BufferGeometry>).geometry
      return Array.from(g.attributes.position!.array.slice(0, 3 * 20 * 50))
    }
    expect(first(hipFlexionPose(90))).not.toEqual(first(STANDING))
  })
})
