import { BufferAttribute, DynamicDrawUsage, Matrix4, Vector3, type Intersection, type Raycaster } from 'three'
import { MM_PER_M } from '../../anatomy/mat4'
import type { PosedSkin } from './PosedSkin'
import type { SkinData } from './skinData'
import { updateSkinQuaternions, type SkinPaint } from './skinMaterial'
import { atHit, raycastPosed } from './skinPose'

/**
 * Installers for the skin mesh. Each puts one thing on the loaded mesh and returns the function
 * that takes it off again, leaving the mesh as the loader made it (the way drei's components
 * undo what they do on unmount).
 */

/** Give the skin its overlay material (heatmap, drawing hatching); the clean-up restores the loaded one. */
export function installSkinMaterial(skin: SkinData, paint: SkinPaint): () => void {
  const { mesh } = skin
  const saved = {
    material: mesh.material,
    frustumCulled: mesh.frustumCulled,
    renderOrder: mesh.renderOrder,
    onBeforeRender: mesh.onBeforeRender,
  }
  mesh.material = paint.material
  // The renderer has updated the bone matrices by now; the shader blends their quaternions.
  mesh.onBeforeRender = () => updateSkinQuaternions(mesh, paint)
  mesh.frustumCulled = false // the bounds move with the pose; the skin is always in view anyway
  mesh.renderOrder = 2 // after the bones and muscles it covers
  paint.uniforms.restMatrix.value.copy(mesh.bindMatrix)
  return () => {
    mesh.material = saved.material
    mesh.frustumCulled = saved.frustumCulled
    mesh.renderOrder = saved.renderOrder
    mesh.onBeforeRender = saved.onBeforeRender
    paint.material.dispose()
  }
}

/** The per-vertex overlay attributes the skin material reads (one float each). */
export interface OverlayAttributes {
  /** Essential referral, 0–1. */
  readonly heatE: BufferAttribute
  /** Spillover referral, 0–1. */
  readonly heatS: BufferAttribute
  /** The patient's drawing, 0–1. */
  readonly painDraw: BufferAttribute
}

/** Add the overlay attributes to the skin's geometry; the clean-up removes them (and frees their GPU buffers). */
export function installOverlayAttributes(skin: SkinData): { attributes: OverlayAttributes; uninstall: () => void } {
  const geometry = skin.mesh.geometry
  const make = (name: keyof OverlayAttributes) => {
    const a = new BufferAttribute(new Float32Array(skin.vertexCount), 1).setUsage(DynamicDrawUsage)
    geometry.setAttribute(name, a)
    return a
  }
  const attributes: OverlayAttributes = { heatE: make('heatE'), heatS: make('heatS'), painDraw: make('painDraw') }
  return {
    attributes,
    uninstall: () => {
      // three frees the GPU buffers of the attributes a geometry holds when it is disposed, so
      // dispose first (the loaded attributes are uploaded again if the mesh is drawn later).
      geometry.dispose()
      for (const name of Object.keys(attributes)) geometry.deleteAttribute(name)
    },
  }
}

const _inv = new Matrix4()
const _o = new Vector3()
const _d = new Vector3()

/** True when the object and all its ancestors are visible. */
const isShown = (o: { visible: boolean; parent: unknown } | null): boolean => {
  for (let cur = o as { visible: boolean; parent: unknown } | null; cur; cur = cur.parent as typeof cur)
    if (!cur.visible) return false
  return true
}

/**
 * Make the skin pickable where it is drawn: three's own raycast would test the rest (standing)
 * shape, so a sitting body would be picked where it stood. The replacement tests the CPU-posed
 * triangles. The clean-up restores the mesh's own raycast.
 */
export function installPosedRaycast(skin: SkinData, posed: PosedSkin): () => void {
  const { mesh, root } = skin
  const own = Object.prototype.hasOwnProperty.call(mesh, 'raycast') ? mesh.raycast : null
  mesh.raycast = (raycaster: Raycaster, intersects: Intersection[]) => {
    if (!isShown(mesh)) return
    const positions = posed.update()
    _inv.copy(root.matrixWorld).invert()
    _o.copy(raycaster.ray.origin).applyMatrix4(_inv).multiplyScalar(MM_PER_M)
    _d.copy(raycaster.ray.direction).transformDirection(_inv)
    const hit = raycastPosed(positions, skin.indices, [_o.x, _o.y, _o.z], [_d.x, _d.y, _d.z])
    if (!hit) return
    const p = atHit(positions, hit)
    const point = new Vector3(p[0], p[1], p[2]).divideScalar(MM_PER_M).applyMatrix4(root.matrixWorld)
    intersects.push({
      distance: point.distanceTo(raycaster.ray.origin),
      point,
      object: mesh,
      face: { a: hit.a, b: hit.b, c: hit.c, normal: new Vector3(), materialIndex: 0 },
      faceIndex: hit.faceIndex,
      barycoord: new Vector3(...hit.bary),
    } as Intersection)
  }
  return () => {
    if (own) mesh.raycast = own
    else delete (mesh as { raycast?: unknown }).raycast // back to the prototype's
  }
}
