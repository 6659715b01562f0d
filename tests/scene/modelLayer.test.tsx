import ReactThreeTestRenderer from '@react-three/test-renderer'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BoxGeometry, Group, Mesh, MeshStandardMaterial, Object3D } from 'three'
import { LandmarkMarkers } from '../../src/overlays/LandmarkMarkers'
import { ModelLayer } from '../../src/scene/ModelLayer'
import { SELECT_EMISSIVE } from '../../src/scene/materials'
import { appStore, resetApp } from '../../src/store/appStore'
import { registerLayers, setLayerVisible } from '../../src/store/viewerSlice'
import type { LoadedModel } from '../../src/models/useModels'

/** A loaded-file stand-in shaped like the generator's output: structure node → geometry child + landmark child. */
function fixtureScene(): Group {
  const root = new Group()
  const add = (id: string, kind: string) => {
    const node = new Object3D()
    node.userData = { anatomyId: id, kind }
    const geometry = new Mesh(new BoxGeometry(0.05, 0.05, 0.05), new MeshStandardMaterial())
    geometry.userData = { geometryOf: id }
    node.add(geometry)
    root.add(node)
    return node
  }
  const femur = add('femur_l', 'bone')
  add('disc_l4_l5', 'disc')
  const lm = new Object3D()
  lm.userData = { anatomyId: 'lesser_trochanter_l', kind: 'landmark' }
  femur.add(lm)
  return root
}

const meshOf = (root: Group, id: string) =>
  root.children.find((c) => c.userData.anatomyId === id)!.children.find((c) => c instanceof Mesh) as Mesh<
    BoxGeometry,
    MeshStandardMaterial
  >

describe('ModelLayer', () => {
  let models: LoadedModel[]
  beforeEach(() => {
    resetApp()
    registerLayers(['bone', 'disc', 'landmark'])
    models = [{ file: 'fixture.glb', scene: fixtureScene() }]
  })
  afterEach(() => resetApp())

  it('mounts the loaded scene and gives each structure its own material', async () => {
    const r = await ReactThreeTestRenderer.create(<ModelLayer models={models} />)
    const scene = models[0]!.scene
    expect(r.scene.children[0]!.instance.children).toContain(scene)
    const a = meshOf(scene, 'femur_l').material
    const b = meshOf(scene, 'disc_l4_l5').material
    expect(a).not.toBe(b)
    expect(a.color.getHexString()).not.toBe(b.color.getHexString()) // bone ivory vs disc blue-grey
    await r.unmount()
  })

  it('selects the structure that owns a clicked mesh and tints only it', async () => {
    const r = await ReactThreeTestRenderer.create(<ModelLayer models={models} />)
    const mesh = meshOf(models[0]!.scene, 'femur_l')
    const group = r.scene.children[0]!
    await r.fireEvent(group, 'onClick', { object: mesh, stopPropagation: () => {} })
    expect(appStore.getState().viewer.selectedId).toBe('femur_l')
    expect(mesh.material.emissive.equals(SELECT_EMISSIVE)).toBe(true)
    expect(meshOf(models[0]!.scene, 'disc_l4_l5').material.emissive.getHex()).toBe(0)
    await r.unmount()
  })

  it('hides a layer by its kind and ignores clicks on hidden structures', async () => {
    const r = await ReactThreeTestRenderer.create(<ModelLayer models={models} />)
    setLayerVisible('disc', false)
    const disc = models[0]!.scene.children.find((c) => c.userData.anatomyId === 'disc_l4_l5')!
    expect(disc.visible).toBe(false)
    await r.fireEvent(r.scene.children[0]!, 'onClick', {
      object: meshOf(models[0]!.scene, 'disc_l4_l5'),
      stopPropagation: () => {},
    })
    expect(appStore.getState().viewer.selectedId).toBeNull()
    await r.unmount()
  })

  it('disposes the materials it made when unmounted', async () => {
    const r = await ReactThreeTestRenderer.create(<ModelLayer models={models} />)
    const material = meshOf(models[0]!.scene, 'femur_l').material
    let disposed = false
    material.addEventListener('dispose', () => (disposed = true))
    await r.unmount()
    expect(disposed).toBe(true)
  })
})

describe('LandmarkMarkers', () => {
  beforeEach(() => {
    resetApp()
    registerLayers(['bone', 'landmark'])
  })

  it('hangs a marker on each landmark node, shown with the Landmarks layer, and removes it on unmount', async () => {
    const scene = fixtureScene()
    const landmark = scene.children[0]!.children.find((c) => c.userData.kind === 'landmark')!
    const r = await ReactThreeTestRenderer.create(<LandmarkMarkers models={[{ file: 'f.glb', scene }]} />)
    const marker = landmark.children[0] as Mesh
    expect(marker.userData).toEqual({ markerOf: 'lesser_trochanter_l' })
    expect(marker.visible).toBe(false)
    setLayerVisible('landmark', true)
    expect(marker.visible).toBe(true)
    await r.unmount()
    expect(landmark.children).toHaveLength(0)
  })
})

describe('owningStructure', () => {
  it('skips a mesh whose own extras name the structure but give no kind, and finds the node above', async () => {
    const { owningStructure } = await import('../../src/models/nodeIndex')
    const node = new Object3D()
    node.userData = { anatomyId: 'disc_l3_l4', kind: 'disc' }
    const mesh = new Mesh(new BoxGeometry(), new MeshStandardMaterial())
    mesh.userData = { anatomyId: 'disc_l3_l4', regions: ['psoas_major_origin_disc_l3_l4_l'] }
    node.add(mesh)
    expect(owningStructure(mesh)).toBe(node)
  })
})
