import type { RootState } from '@react-three/fiber'
import { useThree } from '@react-three/fiber'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import { Raycaster, Vector3, type Intersection, type Material, type Object3D, type SkinnedMesh } from 'three'
import { act, useEffect } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PainDrawing } from '../../src/overlays/pain/painDrawing'
import type { PainProbeApi } from '../../src/overlays/pain/painProbe'
import { SkinLayer } from '../../src/overlays/pain/SkinLayer'
import { CostLog } from '../../src/scene/rig/costLog'
import { PostureRig } from '../../src/scene/rig/PostureRig'
import { appStore, resetApp } from '../../src/store/appStore'
import { showPatternOnSkin } from '../../src/store/actions'
import { registerLayers, setLayerVisible } from '../../src/store/viewerSlice'
import { skinnedFixture } from '../fixtures/skinnedFixture'

const probe = () => (window as unknown as { __painProbe?: PainProbeApi }).__painProbe

function GrabState({ onGet }: { onGet: (get: () => RootState) => void }) {
  const get = useThree((s) => s.get)
  useEffect(() => onGet(get), [get, onGet])
  return null
}

/** Mount the skin layer on the fixture inside a rig; returns what the tests look at. */
async function mount(drawing: PainDrawing) {
  const skin = skinnedFixture()
  const mesh = skin.scene.children[2] as SkinnedMesh
  const loaded = mesh.material as Material
  const three: { get?: () => RootState } = {}
  const r = await ReactThreeTestRenderer.create(
    <PostureRig models={[skin]} costs={new CostLog()}>
      <SkinLayer skin={skin} drawing={drawing} />
      <GrabState onGet={(get) => (three.get = get)} />
    </PostureRig>,
  )
  await r.advanceFrames(1, 0.016)
  return { r, skin, mesh, loaded, get: three.get! }
}

/** One stroke down the middle column of the patch (rest frame, mm). */
function stroke(drawing: PainDrawing, mesh: SkinnedMesh) {
  const rest = new Float32Array(mesh.geometry.getAttribute('position').array.length)
  rest.set(mesh.geometry.getAttribute('position').array)
  for (let i = 0; i < rest.length; i++) rest[i]! *= 1000
  const normals = Float32Array.from(mesh.geometry.getAttribute('normal').array)
  drawing.beginStroke()
  drawing.dab(rest, normals, [80, -50, 120], [0, 0, 1], 30, 'brush')
  drawing.endStroke()
}

describe('SkinLayer', () => {
  beforeEach(() => {
    localStorage.clear()
    resetApp()
    registerLayers(['skin'])
  })
  afterEach(() => resetApp())

  it('installs its material, overlay attributes, posed picking and probe, and undoes each on unmount', async () => {
    const drawing = new PainDrawing()
    const { r, mesh, loaded } = await mount(drawing)
    expect(mesh.material).not.toBe(loaded)
    for (const name of ['heatE', 'heatS', 'painDraw']) expect(mesh.geometry.getAttribute(name)).toBeDefined()
    expect(Object.prototype.hasOwnProperty.call(mesh, 'raycast')).toBe(true)
    expect(probe()?.vertexCount()).toBe(45)

    // The posed pick hits the patch where it is drawn (standing here), 12 cm in front of the origin.
    const ray = new Raycaster(new Vector3(0.08, -0.05, 1), new Vector3(0, 0, -1))
    const hits: Intersection[] = []
    mesh.raycast(ray, hits)
    expect(hits).toHaveLength(0) // a hidden skin is not pickable
    setLayerVisible('skin', true)
    mesh.raycast(ray, hits)
    expect(hits).toHaveLength(1)
    expect(hits[0]!.point.z).toBeCloseTo(0.12, 4)

    const installed = mesh.material as Material
    let disposed = false
    installed.addEventListener('dispose', () => (disposed = true))
    await r.unmount()
    expect(mesh.material).toBe(loaded)
    expect(disposed).toBe(true)
    for (const name of ['heatE', 'heatS', 'painDraw']) expect(mesh.geometry.getAttribute(name)).toBeUndefined()
    expect(Object.prototype.hasOwnProperty.call(mesh, 'raycast')).toBe(false)
    expect(probe()).toBeUndefined()
  })

  it('keeps the drawing and its undo when the canvas is resized (a tablet turned)', async () => {
    const drawing = new PainDrawing()
    const { r, mesh, get } = await mount(drawing)
    stroke(drawing, mesh)
    const painted = mesh.geometry.getAttribute('painDraw').array as Float32Array
    const middle = 3 * 5 + 2 // row 3 (5 cm below the hip centre), column 2
    expect(painted[middle]).toBe(1)
    expect(appStore.getState().pain.undoDepth).toBe(1)
    const probeBefore = probe()

    await act(async () => get().setSize(768, 1024))
    await r.advanceFrames(2, 0.016)
    expect(get().size).toMatchObject({ width: 768, height: 1024 })
    expect(probe()).toBe(probeBefore) // nothing was re-installed
    expect(appStore.getState().pain.undoDepth).toBe(1)
    expect((mesh.geometry.getAttribute('painDraw').array as Float32Array)[middle]).toBe(1)

    drawing.undo()
    expect((mesh.geometry.getAttribute('painDraw').array as Float32Array)[middle]).toBe(0)
    expect(appStore.getState().pain.undoDepth).toBe(0)
    await r.unmount()
  })

  it('paints the heatmap of a shown pattern on its side, ranks a stroke, and follows the skin layer', async () => {
    const drawing = new PainDrawing()
    const { r, skin, mesh } = await mount(drawing)
    expect(skin.scene.visible).toBe(false) // the skin layer starts hidden
    showPatternOnSkin('iliopsoas', 'l')
    expect(skin.scene.visible).toBe(true)
    const heat = mesh.geometry.getAttribute('heatE').array as Float32Array
    // The patch is the front of the left upper thigh: the iliopsoas's anterior zone.
    expect(Math.max(...heat)).toBeGreaterThan(0.5)
    showPatternOnSkin('iliopsoas', 'r')
    expect(Math.max(...(mesh.geometry.getAttribute('heatE').array as Float32Array))).toBe(0)
    stroke(drawing, mesh)
    expect(appStore.getState().pain.matches.length).toBeGreaterThan(0)
    await r.unmount()
  })

  it('hides the trigger-point crosses with the skin: they never float in the air', async () => {
    const drawing = new PainDrawing()
    const { r } = await mount(drawing)
    const crosses: Object3D[] = []
    r.scene.instance.traverse((o) => {
      if ((o.userData as { triggerOf?: string }).triggerOf?.startsWith('trigger:iliopsoas:')) crosses.push(o)
    })
    expect(crosses.length).toBeGreaterThan(0)
    showPatternOnSkin('iliopsoas', 'both')
    expect(crosses.some((c) => c.visible)).toBe(true)
    setLayerVisible('skin', false)
    expect(crosses.filter((c) => c.visible)).toEqual([])
    setLayerVisible('skin', true)
    expect(crosses.some((c) => c.visible)).toBe(true)
    await r.unmount()
  })
})
