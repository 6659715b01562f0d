import { PAIN_MUSCLES } from '../anatomy/painPatterns'
import type { PainMuscleId, PainSide } from '../anatomy/painTypes'
import type { Side, Vec3 } from '../anatomy/types'
import { appStore, updateSlice } from './appStore'

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

/** What the store knows of the drawing (its per-vertex values live in `overlays/pain/painDrawing.ts`). */
export interface DrawingSummary {
  /** Strokes that Undo can take back. */
  readonly undoDepth: number
  /** True when the drawing has any paint. */
  readonly hasDrawing: boolean
}

/**
 * Referred-pain settings, and a summary of the patient's drawing: its per-vertex values belong to
 * the drawing itself (`PainDrawing`), and `drawingRevision` changes whenever they do.
 */
export interface PainState extends DrawingSummary {
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
  /** Patterns ranked by overlap with the drawing (empty when there is no drawing). */
  readonly matches: readonly DrawingMatch[]
  /** A message about the drawing (restore or save problems). */
  readonly drawingNotice: string | null
  /**
   * Another tab or window of the app saved a different drawing (`changed`) or removed it
   * (`cleared`, a new patient there) since this tab last saved; this tab's strokes are held
   * unsaved until the user chooses. Null when there is no such clash.
   */
  readonly drawingClash: DrawingClash | null
}

/** What another tab did to the saved drawing. */
export type DrawingClash = 'changed' | 'cleared'

/** The pain slice at start: no pattern shown, both sides, no drawing. */
export function painInitial(): PainState {
  return {
    shown: Object.fromEntries(PAIN_MUSCLES.map((m) => [m, false])) as Record<PainMuscleId, boolean>,
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
    drawingClash: null,
  }
}

const set = (update: (s: PainState) => Partial<PainState>): void => updateSlice('pain', update)
const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v))

export const setPatternShown = (muscle: PainMuscleId, on: boolean): void =>
  set((s) => ({ shown: { ...s.shown, [muscle]: on } }))
export const setPainSide = (side: PainSide): void => set(() => ({ side }))
export const setHeatOpacity = (v: number): void => set(() => ({ heatOpacity: clamp(v, 0, 1) }))
export const setSkinOpacity = (v: number): void => set(() => ({ skinOpacity: clamp(v, 0.05, 1) }))
export const setTriggerPointsShown = (on: boolean): void => set(() => ({ triggerPoints: on }))
export const setLookup = (lookup: PainLookup | null): void => {
  if (appStore.getState().pain.lookup !== lookup) set(() => ({ lookup }))
}
export const setPaintMode = (paintMode: PaintMode): void => set(() => ({ paintMode }))
export const setBrushCm = (cm: number): void => set(() => ({ brushCm: clamp(cm, 1, 12) }))

/** The drawing's values changed: bump the revision (the ranking follows) and record its summary. */
export const reportDrawing = (summary: DrawingSummary): void =>
  set((s) => ({ ...summary, drawingRevision: s.drawingRevision + 1 }))
/** Patterns ranked against the current drawing. */
export const setMatches = (matches: readonly DrawingMatch[]): void => set(() => ({ matches }))
/** Say something about the drawing (it could not be saved or restored), or clear the message. */
export const setDrawingNotice = (notice: string | null): void => {
  if (appStore.getState().pain.drawingNotice !== notice) set(() => ({ drawingNotice: notice }))
}

/** Another tab changed or removed the saved drawing, or the clash is settled (null). */
export const setDrawingClash = (drawingClash: DrawingClash | null): void => {
  if (appStore.getState().pain.drawingClash !== drawingClash) set(() => ({ drawingClash }))
}

/** True when any pattern is painted. */
export const anyPatternShown = (s: PainState): boolean => Object.values(s.shown).some(Boolean)
