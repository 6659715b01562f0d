import { createStore, useStore } from 'zustand'
import type { PainMuscleId, PainSide } from '../anatomy/painTypes'
import type { Side, Vec3 } from '../anatomy/types'

/** One muscle whose pattern covers a tapped spot. */
export interface LookupEntry {
  readonly muscle: PainMuscleId
  readonly kind: 'essential' | 'spillover'
  /** Intensity of the pattern at the spot, 0–1. */
  readonly score: number
}

/** The result of tapping the skin: where (rest frame, mm), on which side, and what covers it. */
export interface PainLookup {
  readonly point: Vec3
  readonly side: Side
  readonly entries: readonly LookupEntry[]
}

/** One pattern's match with the patient's drawing. */
export interface DrawingMatch {
  readonly muscle: PainMuscleId
  /** The side (or both) on which the pattern fits the drawing best. */
  readonly side: PainSide
  /** Weighted Dice overlap, 0–1. */
  readonly score: number
}

export type PaintMode = 'off' | 'brush' | 'erase'

/**
 * Referred-pain settings. The drawing's per-vertex values live outside the store (`painDrawing.ts`,
 * a Float32Array per skin vertex); `drawingRevision` changes whenever they do.
 */
export interface PainState {
  /** Which muscles' patterns are painted. */
  readonly shown: Readonly<Record<PainMuscleId, boolean>>
  /** The patient's side the patterns are shown on. */
  readonly side: PainSide
  /** Opacity of the heatmap colours, 0–1. */
  readonly heatOpacity: number
  /** Opacity of the bare skin, 0.05–1. */
  readonly skinOpacity: number
  /** Show the trigger-point crosses of the patterns shown. */
  readonly triggerPoints: boolean
  readonly lookup: PainLookup | null
  readonly paintMode: PaintMode
  /** Brush radius, cm. */
  readonly brushCm: number
  readonly drawingRevision: number
  readonly undoDepth: number
  /** True when the drawing has any paint. */
  readonly hasDrawing: boolean
  /** Patterns ranked by overlap with the drawing (empty when there is no drawing). */
  readonly matches: readonly DrawingMatch[]
  /** A message about the drawing (restore or save problems). */
  readonly drawingNotice: string | null
}

export const PAIN_MUSCLES: readonly PainMuscleId[] = [
  'iliopsoas',
  'quadratus_lumborum',
  'gluteus_medius',
  'gluteus_minimus',
  'tensor_fasciae_latae',
  'rectus_femoris',
  'sartorius',
]

const none = Object.fromEntries(PAIN_MUSCLES.map((m) => [m, false])) as Record<PainMuscleId, boolean>

const initial: PainState = {
  shown: none,
  side: 'both',
  heatOpacity: 0.85,
  skinOpacity: 0.3,
  triggerPoints: true,
  lookup: null,
  paintMode: 'off',
  brushCm: 4,
  drawingRevision: 0,
  undoDepth: 0,
  hasDrawing: false,
  matches: [],
  drawingNotice: null,
}

export const painStore = createStore<PainState>()(() => initial)
export const usePain = <T>(selector: (s: PainState) => T): T => useStore(painStore, selector)
export const resetPain = (): void => painStore.setState(initial, true)

export const setPatternShown = (muscle: PainMuscleId, on: boolean): void =>
  painStore.setState((s) => ({ shown: { ...s.shown, [muscle]: on } }))
export const setPainSide = (side: PainSide): void => painStore.setState({ side })
export const setHeatOpacity = (v: number): void => painStore.setState({ heatOpacity: Math.min(1, Math.max(0, v)) })
export const setSkinOpacity = (v: number): void => painStore.setState({ skinOpacity: Math.min(1, Math.max(0.05, v)) })
export const setTriggerPointsShown = (on: boolean): void => painStore.setState({ triggerPoints: on })
export const setLookup = (lookup: PainLookup | null): void => painStore.setState({ lookup })
export const setPaintMode = (paintMode: PaintMode): void => painStore.setState({ paintMode })
export const setBrushCm = (cm: number): void => painStore.setState({ brushCm: Math.min(12, Math.max(1, cm)) })

/** Show one pattern on a side (from the lookup list or a muscle selection). */
export const showPattern = (muscle: PainMuscleId, side?: PainSide): void =>
  painStore.setState((s) => ({ shown: { ...s.shown, [muscle]: true }, side: side ?? s.side }))

export const anyPatternShown = (s: PainState): boolean => PAIN_MUSCLES.some((m) => s.shown[m])
