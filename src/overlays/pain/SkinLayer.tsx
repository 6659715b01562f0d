import { useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import type { LoadedModel } from '../../models/useModels'
import { usePain } from '../../store/appStore'
import { setFileStatus } from '../../store/viewerSlice'
import type { PainDrawing } from './painDrawing'
import { skinKey } from './painDrawing'
import { PainFields } from './painFields'
import { installPainProbe } from './painProbe'
import { PosedSkin } from './PosedSkin'
import { installOverlayAttributes, installPosedRaycast, installSkinMaterial } from './skinInstall'
import { createSkinPaint, type SkinPaint } from './skinMaterial'
import { readSkin, type SkinData } from './skinData'
import { skinPointerHandlers } from './skinPointer'
import { syncDrawing, syncHeatmap, syncRanking } from './skinSync'
import { TriggerMarkers } from './TriggerMarkers'
import type { TriggerSurfaceSlot } from './triggerSurface'

/** What the skin needs to be drawn and picked, built once per loaded skin file. */
interface BuiltSkin {
  readonly data: SkinData
  readonly paint: SkinPaint
  readonly fields: PainFields
  readonly posed: PosedSkin
}

function build(skin: LoadedModel): BuiltSkin | { error: string } {
  try {
    const data = readSkin(skin.scene)
    return {
      data,
      paint: createSkinPaint(data.mesh.skeleton.bones.length),
      fields: new PainFields(data),
      posed: new PosedSkin(data),
    }
  } catch (err) {
    return { error: (err as Error).message }
  }
}

/**
 * The body surface: skinned to the rig (the posture rig moves its joints), painted with the
 * referred-pain heatmap and the patient's drawing, and pickable for the pain lookup and the brush.
 *
 * It only puts things together: each piece (material, attributes, posed picking, store sync,
 * drawing, ranking, probe) is installed by its own function and undone on clean-up. Nothing here
 * depends on the camera or the canvas size, so turning a tablet re-installs nothing and keeps the
 * drawing's undo.
 */
export function SkinLayer({
  skin,
  drawing,
  muscleSurface,
}: {
  skin: LoadedModel
  drawing: PainDrawing
  /** Where the scene puts the muscles, for the crosses of trigger points in them. */
  muscleSurface?: TriggerSurfaceSlot
}) {
  const invalidate = useThree((s) => s.invalidate)
  const getThree = useThree((s) => s.get)
  const painting = usePain((s) => s.paintMode !== 'off')
  const built = useMemo(() => build(skin), [skin])

  useEffect(() => {
    if ('error' in built) setFileStatus(skin.file, { state: 'failed', message: built.error })
  }, [built, skin.file])

  useEffect(() => {
    if ('error' in built) return
    const { data, paint, fields, posed } = built
    const material = installSkinMaterial(data, paint)
    const overlay = installOverlayAttributes(data)
    const raycast = installPosedRaycast(data, posed)
    drawing.attach(data.vertexCount, skinKey(data.rest))
    const stops = [
      syncHeatmap(data, paint, fields, overlay.attributes, invalidate),
      syncDrawing(drawing, overlay.attributes, invalidate),
      syncRanking(drawing, data, fields),
      installPainProbe(data, posed, overlay.attributes, drawing, getThree),
    ]
    return () => {
      for (const stop of stops) stop()
      raycast()
      overlay.uninstall()
      material()
    }
  }, [built, drawing, invalidate, getThree])

  const handlers = useMemo(() => ('error' in built ? null : skinPointerHandlers(built.data, drawing)), [built, drawing])

  if ('error' in built || !handlers) return null
  return (
    <>
      <primitive
        object={built.data.root}
        dispose={null}
        onClick={handlers.onClick}
        onPointerDown={painting ? handlers.onPointerDown : undefined}
        onPointerMove={painting ? handlers.onPointerMove : undefined}
      />
      <TriggerMarkers skin={built.data} surface={muscleSurface} />
    </>
  )
}
