import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import validator from 'gltf-validator'
import { beforeAll, describe, expect, it } from 'vitest'
import { ankleCentre, FLOOR_Y, SKIN_JOINTS, SKIN_MIN_CLEARANCE } from '../../src/anatomy/body'
import { parseManifest } from '../../src/contract/manifest'
import { manifoldReport } from '../../generator/measure/geometry'
import { loadModelFiles, type LoadedSkeleton } from '../../generator/measure/loadModel'
import { measureGirths } from '../../generator/skin/girths'
import { loadSkinFile, type LoadedSkin } from '../../generator/skin/loadSkin'
import { boneClearance, measureDepths } from '../../generator/skin/measureSkin'
import { formatSkinReport } from '../../generator/skin/skinReport'
import { TriangleGrid } from '../../generator/skin/triangleGrid'

/**
 * The skin's contract, read from the committed file (models.test.ts regenerates the file in
 * memory and checks that the committed bytes are exactly what the generator writes).
 */
const DIR = resolve('public/models')
const FILE = resolve(DIR, 'skin.glb')

let bytes: Uint8Array
let skin: LoadedSkin
let bones: LoadedSkeleton
let grid: TriangleGrid

beforeAll(async () => {
  bytes = new Uint8Array(readFileSync(FILE))
  skin = await loadSkinFile(FILE)
  bones = await loadModelFiles(DIR)
  grid = new TriangleGrid(skin.positions, skin.indices)
}, 120_000)

/** The glb's JSON chunk. */
function gltfJson(b: Uint8Array): {
  nodes: {
    name?: string
    mesh?: number
    skin?: number
    children?: number[]
    extras?: Record<string, unknown>
    matrix?: number[]
    translation?: number[]
    rotation?: number[]
    scale?: number[]
  }[]
  accessors: { componentType: number; normalized?: boolean; type: string }[]
  meshes: { primitives: { attributes: Record<string, number> }[] }[]
} {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength)
  const len = view.getUint32(12, true)
  return JSON.parse(new TextDecoder().decode(b.subarray(20, 20 + len))) as ReturnType<typeof gltfJson>
}

describe('skin.glb: file and glTF structure', () => {
  it('passes the Khronos validator with 0 errors and 0 warnings (the skinned mesh is a root node)', async () => {
    const report = await validator.validateBytes(bytes)
    const bad = report.issues.messages.filter((m) => m.severity <= 1).map((m) => `${m.code}: ${m.message}`)
    expect(bad).toEqual([])
    expect(report.issues.numErrors + report.issues.numWarnings).toBe(0)
  })

  it('is listed in the manifest with its size, hash, triangles and one node {skin, skin}', () => {
    const manifest = parseManifest(JSON.parse(readFileSync(resolve(DIR, 'manifest.json'), 'utf8')))
    const entry = manifest.files.find((f) => f.file === 'skin.glb')!
    expect(entry).toBeDefined()
    expect(entry.bytes).toBe(bytes.byteLength)
    expect(entry.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(entry.triangles).toBe(skin.indices.length / 3)
    expect(entry.nodes).toEqual([{ id: 'skin', kind: 'skin' }])
  })

  it('stays within budget: 20,000–40,000 triangles, at most 600 KB', () => {
    const triangles = skin.indices.length / 3
    expect(triangles).toBeGreaterThanOrEqual(20_000)
    expect(triangles).toBeLessThanOrEqual(40_000)
    expect(bytes.byteLength).toBeLessThanOrEqual(600 * 1024)
  })

  it('has one joint node per SKIN_JOINTS id, in order, at the origin, with identity inverse bind matrices', () => {
    expect(skin.jointNames).toEqual([...SKIN_JOINTS])
    expect(skin.extras.joints).toEqual([...SKIN_JOINTS])
    for (let j = 0; j < SKIN_JOINTS.length; j++)
      for (let k = 0; k < 16; k++) expect(skin.inverseBind[j * 16 + k]).toBe(k % 5 === 0 ? 1 : 0)
    const json = gltfJson(bytes)
    for (const id of SKIN_JOINTS) {
      const n = json.nodes.find((x) => x.name === id)!
      expect(n.extras).toEqual({ joint: id })
      expect(n.matrix ?? n.translation ?? n.rotation ?? n.scale).toBeUndefined()
      expect(n.mesh).toBeUndefined()
    }
  })

  it('has a `skin` root node (anatomyId, kind, name) that is the skinned mesh', () => {
    const json = gltfJson(bytes)
    const index = json.nodes.findIndex((n) => n.name === 'skin')
    const node = json.nodes[index]!
    expect(node.extras).toMatchObject({ anatomyId: 'skin', kind: 'skin', name: 'Skin' })
    expect(node.mesh).toBeDefined()
    expect(node.skin).toBeDefined()
    expect(node.children ?? []).toEqual([])
    // A root: no node lists it as a child.
    expect(json.nodes.some((n) => n.children?.includes(index))).toBe(false)
    // Only the skin node is a structure: joints carry no anatomyId/kind.
    expect(json.nodes.filter((n) => n.extras?.kind !== undefined).map((n) => n.name)).toEqual(['skin'])
  })

  it('uses accessor formats three.js and the spec accept (float positions, u8/u16 joints, normalised weights)', () => {
    const json = gltfJson(bytes)
    const attrs = json.meshes[0]!.primitives[0]!.attributes
    const acc = (name: string) => json.accessors[attrs[name]!]!
    expect(acc('POSITION').componentType).toBe(5126)
    expect([5121, 5123]).toContain(acc('JOINTS_0').componentType)
    const w = acc('WEIGHTS_0')
    expect(w.componentType === 5126 || ([5121, 5123].includes(w.componentType) && w.normalized === true)).toBe(true)
    expect(w.type).toBe('VEC4')
  })
})

describe('skin mesh', () => {
  it('is closed, 2-manifold, one piece of genus 0, without degenerate triangles', () => {
    const r = manifoldReport(skin.indices, skin.positions)
    expect(r.boundaryEdges).toBe(0)
    expect(r.nonManifoldEdges).toBe(0)
    expect(r.degenerateTriangles).toBe(0)
    expect(r.eulerCharacteristic).toBe(2)
  })

  it('has reasonably even triangles (no slivers) and unit normals', () => {
    const P = skin.positions
    const I = skin.indices
    const q: number[] = []
    for (let t = 0; t < I.length; t += 3) {
      const v = [0, 1, 2].map((k) => [P[I[t + k]! * 3]!, P[I[t + k]! * 3 + 1]!, P[I[t + k]! * 3 + 2]!])
      const e = [0, 1, 2].map((k) => Math.hypot(...[0, 1, 2].map((c) => v[(k + 1) % 3]![c]! - v[k]![c]!)))
      const s = (e[0]! + e[1]! + e[2]!) / 2
      const area = Math.sqrt(Math.max(0, s * (s - e[0]!) * (s - e[1]!) * (s - e[2]!)))
      q.push((4 * Math.sqrt(3) * area) / (e[0]! ** 2 + e[1]! ** 2 + e[2]! ** 2)) // 1 = equilateral
    }
    q.sort((a, b) => a - b)
    expect(q[0]).toBeGreaterThan(0.1)
    expect(q[Math.floor(q.length * 0.01)]).toBeGreaterThan(0.4)
    for (let v = 0; v < skin.normals.length; v += 3)
      expect(Math.abs(Math.hypot(skin.normals[v]!, skin.normals[v + 1]!, skin.normals[v + 2]!) - 1)).toBeLessThan(0.01)
  })

  it('runs from the lower chest (6–14 cm above T12) down to soles flat on the floor, with feet', () => {
    let top = -Infinity
    let bottom = Infinity
    for (let v = 1; v < skin.positions.length; v += 3) {
      top = Math.max(top, skin.positions[v]!)
      bottom = Math.min(bottom, skin.positions[v]!)
    }
    const t12 = bones.structures.get('t12')!.world
    let t12Hi = -Infinity
    for (let v = 1; v < t12.length; v += 3) t12Hi = Math.max(t12Hi, t12[v]!)
    expect(top).toBeGreaterThan(t12Hi + 60)
    expect(top).toBeLessThan(t12Hi + 140)
    expect(Math.abs(bottom - FLOOR_Y)).toBeLessThan(2)
    // The sole: many vertices on the floor, reaching well in front of the ankle and behind it.
    const ankle = ankleCentre('l')
    let front = -Infinity
    let back = Infinity
    let onFloor = 0
    for (let v = 0; v < skin.positions.length; v += 3) {
      if (skin.positions[v]! <= 0 || skin.positions[v + 1]! > FLOOR_Y + 1) continue
      onFloor++
      front = Math.max(front, skin.positions[v + 2]! - ankle[2])
      back = Math.min(back, skin.positions[v + 2]! - ankle[2])
    }
    expect(onFloor).toBeGreaterThan(20)
    // Foot length about 0.152 H = 256 mm (the sole is shorter than the foot by its rounded ends).
    expect(front - back).toBeGreaterThan(200)
    expect(front - back).toBeLessThan(270)
    expect(front).toBeGreaterThan(120)
  })

  it(`holds every bone and disc vertex inside, at least ${SKIN_MIN_CLEARANCE} mm from the skin`, () => {
    const c = boneClearance(skin, bones, grid)
    expect(c.outside).toBe(0)
    expect(c.clearance, c.worst).toBeGreaterThanOrEqual(SKIN_MIN_CLEARANCE)
  })

  it('keeps the thighs apart below the crotch (a cleft in the midline)', () => {
    // Below the perineum, no skin crosses the midsagittal plane between the thighs.
    for (const y of [-130, -200, -300, -411, -500]) {
      let crossing = 0
      for (let t = 0; t < skin.indices.length; t += 3) {
        const xs = [0, 1, 2].map((k) => skin.positions[skin.indices[t + k]! * 3]!)
        const ys = [0, 1, 2].map((k) => skin.positions[skin.indices[t + k]! * 3 + 1]!)
        if (Math.min(...ys) <= y && Math.max(...ys) >= y && Math.min(...xs) < 0 && Math.max(...xs) > 0) crossing++
      }
      expect(crossing, `y = ${y}`).toBe(0)
    }
  })
})

describe('skin over the ankle', () => {
  it('shows the ankle bones where they are: each malleolus raises the side of the ankle at its own height', () => {
    const ankle = ankleCentre('l')
    /** How far the left leg's skin or bone reaches out to one side (1 lateral, −1 medial) in a 6 mm slab at height y. */
    const reach = (p: ArrayLike<number>, side: 1 | -1, y: number) => {
      let out = -Infinity
      for (let v = 0; v < p.length; v += 3) {
        // The sides of the ankle only: not the foot in front or the heel behind.
        if (p[v]! <= 0 || Math.abs(p[v + 1]! - y) > 3 || Math.abs(p[v + 2]! - ankle[2]) > 25) continue
        out = Math.max(out, side * (p[v]! - ankle[0]))
      }
      return out
    }
    for (const [bone, side] of [
      ['fibula_l', 1],
      ['tibia_l', -1],
    ] as const) {
      // The bone's outermost point at the ankle: the malleolus.
      const b = bones.structures.get(bone)!.world
      let boneY = NaN
      let best = -Infinity
      for (let v = 0; v < b.length; v += 3) {
        if (Math.abs(b[v + 1]! - ankle[1]) > 60 || Math.abs(b[v + 2]! - ankle[2]) > 25) continue
        if (side * (b[v]! - ankle[0]) > best) {
          best = side * (b[v]! - ankle[0])
          boneY = b[v + 1]!
        }
      }
      // The skin over it stands out from the skin 3 cm higher. With the bumps placed from the
      // ankle centre (2–3 cm below the bones) it stood out by 0.03 mm (lateral) and −0.6 mm
      // (medial); at the bones' heights, by 2.4 and 2.1 mm.
      expect(reach(skin.positions, side, boneY) - reach(skin.positions, side, boneY + 30), bone).toBeGreaterThan(1.5)
    }
  })
})

describe('body shape against published figures', () => {
  it('has circumferences of an average adult', () => {
    const rows = measureGirths(skin)
    expect(
      rows.filter((r) => !r.ok),
      formatSkinReport(rows),
    ).toEqual([])
  })

  it('has realistic soft-tissue depths over the bony landmarks', () => {
    const rows = measureDepths(skin, grid)
    expect(
      rows.filter((r) => !r.ok),
      formatSkinReport(rows),
    ).toEqual([])
  })
})
