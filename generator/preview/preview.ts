/**
 * Developer tool: mesh one or more structure shapes and render them from six directions in
 * headless Chromium, to a PNG you can open. Regions are painted in colour, landmarks as dots.
 *
 *   npx tsx generator/preview/preview.ts <module> <exportName> [out.png]
 *
 * `exportName` names a function in the module that returns a StructureShape or an array of them.
 */
import { createServer } from 'node:http'
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import type { StructureShape } from '../bones/types'
import { buildStructureMesh, projectToSurface } from '../mesh/buildStructureMesh'

const [modPath, exportName, outArg] = process.argv.slice(2)
if (!modPath || !exportName) {
  console.error('usage: preview.ts <module> <exportName> [out.png]')
  process.exit(2)
}
const out = resolve(outArg ?? `/tmp/preview-${exportName}.png`)
const mod = (await import(pathToFileURL(resolve(modPath)).href)) as Record<
  string,
  () => StructureShape | StructureShape[]
>
const made = mod[exportName]!()
const shapes = Array.isArray(made) ? made : [made]
const meshes = []
for (const s of shapes) {
  const t0 = performance.now()
  const m = await buildStructureMesh(s)
  console.log(
    `${s.id}: ${m.indices.length / 3} triangles, ${m.regionIds.length} regions, ${(performance.now() - t0).toFixed(0)} ms`,
  )
  const lm = Object.values(s.landmarks).map((p) => projectToSurface(s.sdf, p))
  meshes.push({
    id: s.id,
    positions: Array.from(m.positions),
    normals: Array.from(m.normals),
    indices: Array.from(m.indices),
    regions: Array.from(m.regions),
    landmarks: lm.flat(),
  })
}
const html = `<!doctype html><html><body style="margin:0;background:#20242c">
<script type="importmap">{"imports":{"three":"/three.module.js"}}</script>
<script type="module">
import * as THREE from 'three'
const data = ${JSON.stringify(meshes)}
const W = 1500, H = 1000
const r = new THREE.WebGLRenderer({ antialias: true }); r.setSize(W, H); document.body.appendChild(r.domElement)
r.setScissorTest(true)
const scene = new THREE.Scene()
scene.add(new THREE.HemisphereLight(0xffffff, 0x444444, 1.2))
const key = new THREE.DirectionalLight(0xffffff, 2.2); scene.add(key)
const palette = [0xffffff, 0xd55e00, 0x0072b2, 0x009e73, 0xcc79a7, 0xe69f00, 0x56b4e9, 0xf0e442]
const box = new THREE.Box3()
for (const d of data) {
  const g = new THREE.BufferGeometry()
  g.setAttribute('position', new THREE.Float32BufferAttribute(d.positions, 3))
  g.setAttribute('normal', new THREE.Float32BufferAttribute(d.normals, 3))
  const col = []
  for (const c of d.regions) { const k = new THREE.Color(c === 0 ? 0xe8dcc0 : palette[c % palette.length]); col.push(k.r, k.g, k.b) }
  g.setAttribute('color', new THREE.Float32BufferAttribute(col, 3))
  g.setIndex(d.indices)
  const m = new THREE.Mesh(g, new THREE.MeshStandardMaterial({ vertexColors: true, roughness: 0.7 }))
  scene.add(m); box.expandByObject(m)
  for (let i = 0; i < d.landmarks.length; i += 3) {
    const s = new THREE.Mesh(new THREE.SphereGeometry(2.5), new THREE.MeshBasicMaterial({ color: 0xff00ff }))
    s.position.set(d.landmarks[i], d.landmarks[i+1], d.landmarks[i+2]); scene.add(s)
  }
}
const c = box.getCenter(new THREE.Vector3()), size = box.getSize(new THREE.Vector3()).length()
const views = [['anterior',[0,0,1]],['posterior',[0,0,-1]],['left',[1,0,0]],['right',[-1,0,0]],['superior',[0,1,0.001]],['3/4',[0.7,0.3,0.7]]]
views.forEach(([name, dir], i) => {
  const x = (i % 3) * 500, y = Math.floor(i / 3) * 500
  const cam = new THREE.OrthographicCamera(-size/2, size/2, size/2, -size/2, 0.1, size * 4)
  cam.position.copy(c).addScaledVector(new THREE.Vector3(...dir).normalize(), size * 2); cam.lookAt(c)
  key.position.copy(cam.position).add(new THREE.Vector3(size, size, 0))
  r.setViewport(x, H - y - 500, 500, 500); r.setScissor(x, H - y - 500, 500, 500); r.render(scene, cam)
})
window.done = true
</script></body></html>`
const three = readFileSync(resolve('node_modules/three/build/three.module.js'))
const core = readFileSync(resolve('node_modules/three/build/three.core.js'))
const server = createServer((req, res) => {
  if (req.url === '/three.module.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(three)
  else if (req.url === '/three.core.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(core)
  else res.writeHead(200, { 'content-type': 'text/html' }).end(html)
}).listen(0, '127.0.0.1')
await new Promise((r) => server.once('listening', r))
const port = (server.address() as { port: number }).port
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic'],
})
const page = await browser.newPage({ viewport: { width: 1500, height: 1000 } })
page.on('console', (m) => console.log('page:', m.text()))
await page.goto(`http://127.0.0.1:${port}/`)
await page.waitForFunction(() => (window as unknown as { done?: boolean }).done === true, null, { timeout: 60000 })
writeFileSync(out, await page.screenshot())
console.log(`wrote ${out} (views: anterior, posterior, left, right / superior, 3/4)`)
await browser.close()
server.close()
