/**
 * `npm run models`: build every bone and disc from the anatomy data, write
 * `public/models/*.glb` and `manifest.json`, and print the measured dimensions beside their
 * published ranges. Deterministic: the same inputs give byte-identical files.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { MODEL_FILES } from '../src/anatomy'
import type { ManifestFile, ModelManifest } from '../src/contract/manifest'
import { assembleSkeleton } from './assemble'
import { writeModelFile } from './gltf/writeModelFile'
import { formatReport, measureSkeleton } from './measure/measureSkeleton'
import { loadModelFiles } from './measure/loadModel'
import { buildSkin } from './skin/buildSkin'
import { standingLandmarks } from './skin/skinLandmarks'
import { measureSkin } from './skin/measureSkin'
import { formatSkinReport } from './skin/skinReport'
import { SKIN_FILE, writeSkinFile } from './skin/writeSkinFile'

const outDir = resolve(process.argv[2] ?? 'public/models')
const t0 = performance.now()
const { files, timings } = await assembleSkeleton()
mkdirSync(outDir, { recursive: true })
const entries: ManifestFile[] = []
for (const file of MODEL_FILES) {
  const structures = files.get(file)
  if (!structures) throw new Error(`nothing assembled for ${file}`)
  const bytes = await writeModelFile(structures, { compress: true })
  writeFileSync(resolve(outDir, file), bytes)
  entries.push({
    file,
    bytes: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    triangles: structures.reduce((n, s) => n + s.mesh.indices.length / 3, 0),
    nodes: structures.flatMap((s) => [
      { id: s.id, kind: s.kind },
      ...s.landmarks.map((l) => ({ id: l.id, kind: 'landmark' as const })),
    ]),
  })
}
// The skin: shaped around the bones, skinned to the posture rig, carrying every landmark.
const skin = await buildSkin()
const skinBytes = await writeSkinFile(skin, standingLandmarks([...files.values()].flat()), { compress: true })
writeFileSync(resolve(outDir, SKIN_FILE), skinBytes)
entries.push({
  file: SKIN_FILE,
  bytes: skinBytes.byteLength,
  sha256: createHash('sha256').update(skinBytes).digest('hex'),
  triangles: skin.mesh.indices.length / 3,
  // Joint nodes carry no anatomyId and are not listed.
  nodes: [{ id: 'skin', kind: 'skin' }],
})
timings.push({ id: 'skin', seconds: skin.seconds, triangles: skin.mesh.indices.length / 3 })

const manifest: ModelManifest = {
  version: 1,
  frame: 'glTF: metres, +Y superior, +Z anterior, +X patient left; standing pose',
  files: entries,
}
writeFileSync(resolve(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n')

for (const t of timings)
  console.log(`  ${t.id.padEnd(14)} ${t.triangles.toString().padStart(6)} triangles  ${t.seconds.toFixed(1)} s`)
const totalBytes = entries.reduce((n, e) => n + e.bytes, 0)
const totalTris = entries.reduce((n, e) => n + e.triangles, 0)
console.log(`\nwrote ${entries.length} files to ${outDir}: ${(totalBytes / 1e6).toFixed(2)} MB, ${totalTris} triangles`)
const loaded = await loadModelFiles(outDir)
const measured = measureSkeleton(loaded)
console.log('\n' + formatReport(measured))
const skinRows = await measureSkin(resolve(outDir, SKIN_FILE), loaded)
console.log('\n' + formatSkinReport(skinRows))
console.log(`\ndone in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
if (measured.some((r) => !r.ok) || skinRows.some((r) => !r.ok)) process.exitCode = 1
