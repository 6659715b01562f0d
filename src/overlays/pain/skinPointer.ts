import type { ThreeEvent } from '@react-three/fiber'
import type { Vector3 } from 'three'
import { PAIN_PATTERNS } from '../../anatomy/painPatterns'
import { rankAtPoint } from '../../anatomy/painRanking'
import { patternIntensity } from '../../anatomy/painZones'
import type { Side, Vec3 } from '../../anatomy/types'
import { lookUpSkin } from '../../store/actions'
import { appStore } from '../../store/appStore'
import type { PainLookup } from '../../store/painSlice'
import type { PainDrawing } from './painDrawing'
import type { SkinData } from './skinData'
import { atHit, type SkinHit } from './skinPose'

/** Where a pointer event touched the skin, in the rest (standing) frame: point (mm) and unit normal. */
export interface RestTouch {
  readonly p: Vec3
  readonly n: Vec3
}

/** The touched point in the rest frame, from the posed hit's triangle and barycentric weights. */
export function restTouch(skin: SkinData, e: ThreeEvent<PointerEvent | MouseEvent>): RestTouch | null {
  const bary = (e as unknown as { barycoord?: Vector3 }).barycoord
  if (e.object !== skin.mesh || !e.face || !bary) return null
  const hit: SkinHit = {
    a: e.face.a,
    b: e.face.b,
    c: e.face.c,
    faceIndex: 0,
    bary: [bary.x, bary.y, bary.z],
    distance: 0,
  }
  const p = atHit(skin.rest, hit)
  const nr = atHit(skin.normals, hit)
  const len = Math.hypot(nr[0], nr[1], nr[2]) || 1
  return { p, n: [nr[0] / len, nr[1] / len, nr[2] / len] }
}

/** Which patterns cover a touched spot, on the patient's side it lies on, strongest first. */
export function lookupAt(skin: SkinData, at: RestTouch): PainLookup {
  const side: Side = at.p[0] >= 0 ? 'l' : 'r'
  const intensities = PAIN_PATTERNS.map((pattern) => ({
    muscle: pattern.muscle,
    ...patternIntensity(pattern, side, at.p, at.n, skin.landmarks),
  }))
  return { point: at.p, side, entries: rankAtPoint(intensities) }
}

/** Pointer handlers for the skin: a tap looks the spot up; in paint mode a drag paints the drawing. */
export interface SkinPointerHandlers {
  onClick(e: ThreeEvent<MouseEvent>): void
  onPointerDown(e: ThreeEvent<PointerEvent>): void
  onPointerMove(e: ThreeEvent<PointerEvent>): void
}

/** Build the handlers for one skin and drawing. A stroke ends on pointer up or cancel anywhere. */
export function skinPointerHandlers(skin: SkinData, drawing: PainDrawing): SkinPointerHandlers {
  let stroking = false
  const painting = () => appStore.getState().pain.paintMode !== 'off'
  const dabAt = (e: ThreeEvent<PointerEvent>) => {
    const at = restTouch(skin, e)
    if (!at) return
    const { brushCm, paintMode } = appStore.getState().pain
    drawing.dab(skin.rest, skin.normals, at.p, at.n, brushCm * 10, paintMode === 'erase' ? 'erase' : 'brush')
  }
  const end = () => {
    window.removeEventListener('pointerup', end)
    window.removeEventListener('pointercancel', end)
    if (!stroking) return
    stroking = false
    drawing.endStroke()
  }
  return {
    onClick(e) {
      if (painting()) return e.stopPropagation()
      const at = restTouch(skin, e)
      if (!at) return
      e.stopPropagation()
      lookUpSkin(lookupAt(skin, at))
    },
    onPointerDown(e) {
      if (!painting() || e.button !== 0) return
      e.stopPropagation()
      stroking = true
      drawing.beginStroke()
      dabAt(e)
      window.addEventListener('pointerup', end)
      window.addEventListener('pointercancel', end)
    },
    onPointerMove(e) {
      if (!painting() || !stroking) return
      e.stopPropagation()
      dabAt(e)
    },
  }
}
