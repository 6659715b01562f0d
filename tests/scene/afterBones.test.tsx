import ReactThreeTestRenderer from '@react-three/test-renderer'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AfterBones } from '../../src/scene/AfterBones'
import { MuscleLayer } from '../../src/scene/muscles/MuscleLayer'
import { CostLog } from '../../src/scene/rig/costLog'
import { PostureRig } from '../../src/scene/rig/PostureRig'
import { resetApp } from '../../src/store/appStore'
import { setFileStatus, setManifestError, setManifestLoaded, setSkinFile } from '../../src/store/viewerSlice'

const loading = { state: 'loading', loaded: 0, total: 100 } as const

describe('AfterBones', () => {
  beforeEach(() => resetApp())
  afterEach(() => resetApp())

  async function mountMuscles() {
    const r = await ReactThreeTestRenderer.create(
      <PostureRig models={[]} costs={new CostLog()}>
        <AfterBones>
          <MuscleLayer />
        </AfterBones>
      </PostureRig>,
    )
    await r.advanceFrames(1, 0.016)
    return { r, gate: r.scene.children[0]!.instance }
  }

  it('keeps the muscles hidden until every bone file has loaded or failed, whatever the skin does', async () => {
    const { r, gate } = await mountMuscles()
    expect(gate.visible).toBe(false) // no model list yet
    setSkinFile('skin.glb')
    for (const f of ['pelvis.glb', 'femur_l.glb', 'skin.glb']) setFileStatus(f, loading)
    setManifestLoaded()
    expect(gate.visible).toBe(false)
    setFileStatus('skin.glb', { state: 'loaded' }) // the skin first: still no bones
    setFileStatus('pelvis.glb', { state: 'loaded' })
    expect(gate.visible).toBe(false)
    setFileStatus('femur_l.glb', { state: 'failed', message: 'femur_l.glb could not be found' })
    expect(gate.visible).toBe(true) // a failed bone file does not hide the muscles for ever
    await r.unmount()
  })

  it('shows the muscles when the model list itself failed: no bones are coming to wait for', async () => {
    const { r, gate } = await mountMuscles()
    setManifestError('The model list (manifest.json) is damaged')
    expect(gate.visible).toBe(true)
    await r.unmount()
  })

  it('does not wait for the skin: the bones in, the muscles show while the skin still loads', async () => {
    const { r, gate } = await mountMuscles()
    setSkinFile('skin.glb')
    setFileStatus('pelvis.glb', { state: 'loaded' })
    setFileStatus('skin.glb', loading)
    setManifestLoaded()
    expect(gate.visible).toBe(true)
    await r.unmount()
  })
})
