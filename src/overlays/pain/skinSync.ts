import type { PainSide } from '../../anatomy/painTypes'
import { appStore, subscribeSlice } from '../../store/appStore'
import { setMatches, type PainState } from '../../store/painSlice'
import { skinLayerShown } from '../../store/viewerSlice'
import { rankDrawingMatches } from './drawingMatches'
import type { PainDrawing } from './painDrawing'
import type { PainFields } from './painFields'
import type { OverlayAttributes } from './skinInstall'
import type { SkinData } from './skinData'
import type { SkinPaint } from './skinMaterial'

/**
 * Keep the skin in step with the store and the drawing. Each `sync…` applies the current state at
 * once, follows later changes, and returns the unsubscribe.
 */

/** Skin opacity from which the skin writes depth (so it hides its own far side). */
export const OPAQUE_SKIN = 0.9

/** Skin visibility (its layer), opacities, and the heatmap of the patterns shown on their side. */
export function syncHeatmap(
  skin: SkinData,
  paint: SkinPaint,
  fields: PainFields,
  attributes: OverlayAttributes,
  invalidate: () => void,
): () => void {
  let uploaded: { shown: PainState['shown']; side: PainSide } | null = null
  const apply = () => {
    const { viewer, pain } = appStore.getState()
    skin.root.visible = skinLayerShown(viewer)
    paint.uniforms.skinOpacity.value = pain.skinOpacity
    // A nearly opaque skin must hide its own far side: without depth writes the far buttock or
    // thigh, drawn later, showed through the near one as dark torn patches.
    paint.material.depthWrite = pain.skinOpacity >= OPAQUE_SKIN
    paint.uniforms.heatOpacity.value = pain.heatOpacity
    if (!uploaded || uploaded.shown !== pain.shown || uploaded.side !== pain.side) {
      uploaded = { shown: pain.shown, side: pain.side }
      const f = fields.combined(pain.shown, pain.side)
      ;(attributes.heatE.array as Float32Array).set(f.essential)
      ;(attributes.heatS.array as Float32Array).set(f.spillover)
      attributes.heatE.needsUpdate = true
      attributes.heatS.needsUpdate = true
    }
    invalidate()
  }
  apply()
  const offPain = subscribeSlice('pain', apply)
  const offViewer = subscribeSlice('viewer', (v, prev) => {
    if (v.layers.skin !== prev.layers.skin) apply()
  })
  return () => {
    offPain()
    offViewer()
  }
}

/** Upload the drawing's values to the skin whenever they change. */
export function syncDrawing(drawing: PainDrawing, attributes: OverlayAttributes, invalidate: () => void): () => void {
  const upload = () => {
    const values = drawing.values
    const target = attributes.painDraw.array as Float32Array
    if (values && values.length === target.length) target.set(values)
    else target.fill(0)
    attributes.painDraw.needsUpdate = true
    invalidate()
  }
  upload()
  return drawing.subscribe(upload)
}

/** Rank every pattern against the drawing after each stroke, undo or clear (not on every dab). */
export function syncRanking(drawing: PainDrawing, skin: SkinData, fields: PainFields): () => void {
  const rank = () => {
    const values = drawing.values
    setMatches(values ? rankDrawingMatches(values as Float32Array, skin, fields) : [])
  }
  rank()
  return subscribeSlice('pain', (s, prev) => {
    if (s.drawingRevision !== prev.drawingRevision) rank()
  })
}
