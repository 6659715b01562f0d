import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import validator from 'gltf-validator'
import { beforeAll, describe, expect, it } from 'vitest'
import { ATTACHMENTS, LANDMARKS, MODEL_FILES, STRUCTURES, attachmentsOn, landmarkById } from '../../src/anatomy'
import { parseManifest, type ModelManifest } from '../../src/contract/manifest'
import { assembleSkeleton } from '../../generator/assemble'
import { writeModelFile, type PlacedStructure } from '../../generator/gltf/writeModelFile'
import { distanceToMesh, insideMesh, manifoldReport, offNormalShare } from '../../generator/measure/geometry'
import { loadModelFiles, type LoadedSkeleton } from '../../generator/measure/loadModel'
import { formatReport, measureSkeleton } from '../../generator/measure/measureSkeleton'
import { buildSkin } from '../../generator/skin/buildSkin'
import { standingLandmarks } from '../../generator/skin/skinLandmarks'
import { SKIN_FILE, writeSkinFile } from '../../generator/skin/writeSkinFile'

const DIR = resolve('public/models')
const committed = (file: string) => new Uint8Array(readFileSync(resolve(DIR, file)))
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

let manifest: ModelManifest
let skeleton: LoadedSkeleton
let fresh: Map<string, PlacedStructure[]>

/**
 * Time allowed for regenerating every bone (and, below, the skin) in memory. Alone on two cores the
 * bones take about 60 s and the skin about 50 s; beside the browser suite (software WebGL on both
 * cores) the bones took over 300 s in two CI runs, so the limit is three times that.
 */
const REGENERATE_MS = 900_000

beforeAll(async () => {
  manifest = parseManifest(JSON.parse(readFileSync(resolve(DIR, 'manifest.json'), 'utf8')))
  skeleton = await loadModelFiles(DIR)
  fresh = (await assembleSkeleton()).files as Map<string, PlacedStructure[]>
}, REGENERATE_MS)

describe('generated models', () => {
  it('are exactly what a fresh run of the generator writes (deterministic, committed up to date)', async () => {
    for (const file of MODEL_FILES) {
      const bytes = await writeModelFile(fresh.get(file)!, { compress: true })
      expect(sha256(bytes), `${file}: run npm run models and commit`).toBe(sha256(committed(file)))
    }
  })

  it(
    'include a skin.glb that is exactly what a fresh run writes (its own mesh, weights and the bones’ landmarks)',
    async () => {
      const skin = await buildSkin()
      const bytes = await writeSkinFile(skin, standingLandmarks([...fresh.values()].flat()), { compress: true })
      expect(sha256(bytes), `${SKIN_FILE}: run npm run models and commit`).toBe(sha256(committed(SKIN_FILE)))
    },
    REGENERATE_MS,
  )

  it('pass the Khronos validator with 0 errors and 0 warnings, compressed and uncompressed', async () => {
    for (const file of MODEL_FILES) {
      for (const bytes of [committed(file), await writeModelFile(fresh.get(file)!, { compress: false })]) {
        const report = await validator.validateBytes(bytes)
        const bad = report.issues.messages.filter((m) => m.severity <= 1)
        expect(bad, file).toEqual([])
        expect(report.issues.numErrors + report.issues.numWarnings).toBe(0)
      }
    }
  })

  it('list in the manifest every id each file holds, with its kind, size and hash', () => {
    // The bone files plus the skin (its own contract: tests/generator/skin.test.ts).
    expect(manifest.files.map((f) => f.file).sort()).toEqual([...MODEL_FILES, 'skin.glb'].sort())
    for (const f of manifest.files) {
      const bytes = committed(f.file)
      expect(f.bytes).toBe(bytes.byteLength)
      expect(f.sha256).toBe(sha256(bytes))
      for (const n of f.nodes) {
        if (n.kind === 'skin') expect(f.file).toBe('skin.glb')
        else if (n.kind === 'landmark') expect(skeleton.landmarks.get(n.id)?.bone, n.id).toBeDefined()
        else expect(skeleton.structures.get(n.id)?.file, n.id).toBe(f.file)
      }
    }
    const listed = new Set(manifest.files.flatMap((f) => f.nodes.map((n) => n.id)))
    for (const s of STRUCTURES) expect(listed, s.id).toContain(s.id)
    for (const l of LANDMARKS) expect(listed, l.id).toContain(l.id)
  })

  it('stay inside the budget: at most 2.0 MB and 400,000 triangles in all', () => {
    const bytes = manifest.files.reduce((n, f) => n + f.bytes, 0)
    const triangles = manifest.files.reduce((n, f) => n + f.triangles, 0)
    expect(bytes).toBeLessThanOrEqual(2_000_000)
    expect(triangles).toBeLessThanOrEqual(400_000)
  })
})

describe('every bone and disc mesh', () => {
  const expectedGenus: Record<string, number> = {
    femur_l: 0,
    femur_r: 0,
    hip_bone_l: 1,
    hip_bone_r: 1,
    rib_12_l: 0,
    rib_12_r: 0,
  }
  // Below the knee every bone is one genus-0 piece (the foot's metatarsals part only distally).
  for (const b of ['tibia', 'fibula', 'patella', 'foot']) for (const s of ['l', 'r']) expectedGenus[`${b}_${s}`] = 0
  for (const l of ['t12', 'l1', 'l2', 'l3', 'l4', 'l5']) expectedGenus[l] = 1

  it.each(STRUCTURES.map((s) => s.id))('%s is closed, 2-manifold, without degenerate triangles', (id) => {
    const s = skeleton.structures.get(id)!
    const r = manifoldReport(s.indices, s.local)
    expect(r.boundaryEdges).toBe(0)
    expect(r.nonManifoldEdges).toBe(0)
    expect(r.degenerateTriangles).toBe(0)
    if (id in expectedGenus) expect((2 - r.eulerCharacteristic) / 2).toBe(expectedGenus[id])
    if (id.startsWith('disc_')) expect((2 - r.eulerCharacteristic) / 2).toBe(0)
  })

  // Bones only: a disc's rim is a real crease, where a vertex normal rightly takes one side.
  it.each(STRUCTURES.filter((s) => !s.id.startsWith('disc_')).map((s) => s.id))(
    '%s has normals that follow its surface (no speckled triangles)',
    (id) => {
      const s = skeleton.structures.get(id)!
      expect(s.normals).not.toBeNull()
      // Today at most 0.21 % (the sacrum); a kink in the sacrum's field put 2.0 % askew, which
      // showed as bright speckles over the back of S2–S4.
      expect(offNormalShare(s.indices, s.local, s.normals!)).toBeLessThan(0.005)
    },
  )
})

describe('landmarks', () => {
  it.each(LANDMARKS.map((l) => l.id))('%s lies on (within 2 mm of) or inside its bone', (id) => {
    const record = landmarkById(id)!
    const lm = skeleton.landmarks.get(id)!
    const s = skeleton.structures.get(record.bone)!
    if (record.placement === 'surface') {
      expect(distanceToMesh(s.local, s.indices, lm.local)).toBeLessThanOrEqual(2)
    } else if (id.startsWith('acetabulum_centre')) {
      // The socket centre is in the joint space: the nearest bone is the lunate surface, about a head radius away.
      const d = distanceToMesh(s.local, s.indices, lm.local)
      expect(d).toBeGreaterThan(18)
      expect(d).toBeLessThan(30)
    } else {
      expect(insideMesh(s.local, s.indices, lm.local)).toBe(true)
    }
  })

  it('put the femoral head centre on the acetabulum centre', () => {
    for (const side of ['l', 'r']) {
      const a = skeleton.landmarks.get(`acetabulum_centre_${side}`)!.world
      const f = skeleton.landmarks.get(`femoral_head_centre_${side}`)!.world
      expect(Math.hypot(a[0] - f[0], a[1] - f[1], a[2] - f[2])).toBeLessThan(1)
    }
  })
})

describe('attachment regions', () => {
  it.each(ATTACHMENTS.map((a) => a.id))('%s is painted on its structure, on the right side', (id) => {
    const a = ATTACHMENTS.find((x) => x.id === id)!
    const s = skeleton.structures.get(a.structure)!
    const code = s.regionIds.indexOf(id) + 1
    expect(code, `${id} missing from ${a.structure}`).toBeGreaterThan(0)
    let n = 0
    let sideOk = 0
    for (let v = 0; v < s.regions!.length; v++) {
      if (s.regions![v] !== code) continue
      n++
      if ((a.side === 'l') === s.world[v * 3]! > 0) sideOk++
    }
    expect(n).toBeGreaterThan(15)
    expect(sideOk / n).toBeGreaterThan(0.98)
  })

  it('carry no region that is not an attachment of that structure', () => {
    for (const s of skeleton.structures.values()) {
      const allowed = new Set(attachmentsOn(s.id).map((a) => a.id))
      for (const id of s.regionIds) expect(allowed, `${s.id}: ${id}`).toContain(id)
    }
  })
})

describe('dimensions measured from the meshes and landmarks', () => {
  it('fall inside the published ranges', () => {
    const rows = measureSkeleton(skeleton)
    const out = rows.filter((r) => !r.ok)
    expect(out, formatReport(out)).toEqual([])
    expect(rows.length).toBeGreaterThan(40)
  })
})
