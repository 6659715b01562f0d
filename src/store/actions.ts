import { painPatternOfMuscle } from '../anatomy/selection'
import type { PainMuscleId, PainSide } from '../anatomy/painTypes'
import { updateSlice } from './appStore'
import { setLookup, setPaintMode, setPatternShown, type PainLookup } from './painSlice'
import { clearSelection, setLayerVisible, setSelected } from './viewerSlice'

/**
 * Actions that change more than one slice. Each rule of the form "doing X also means Y" is
 * written here once, so components only say what the user did.
 */

/** The heatmap, the crosses and the brush live on the skin: showing any of them shows the skin. */
const showSkin = (): void => setLayerVisible('skin', true)

/** Show one pattern on a side (from the lookup list, the ranking, or a muscle selection), on the skin. */
export function showPatternOnSkin(muscle: PainMuscleId, side?: PainSide): void {
  showSkin()
  updateSlice('pain', (s) => ({ shown: { ...s.shown, [muscle]: true }, side: side ?? s.side }))
}

/**
 * Select something in the scene (a bone, disc, muscle, landmark, attachment or trigger point).
 * Selecting the psoas or iliacus also shows the iliopsoas pattern on that muscle's side.
 */
export function selectStructure(id: string): void {
  setSelected(id)
  const pattern = painPatternOfMuscle(id)
  if (pattern) showPatternOnSkin(pattern.muscle, pattern.side)
}

/** A tap on the skin: list the patterns covering that spot (and let go of any selection). */
export function lookUpSkin(lookup: PainLookup): void {
  clearSelection()
  setLookup(lookup)
}

/** Esc: let go of the selection and of the skin lookup. */
export function dismissSelection(): void {
  clearSelection()
  setLookup(null)
}

/** Start or stop painting the patient's drawing (painting shows the skin). */
export function setPainting(on: boolean): void {
  if (on) showSkin()
  setPaintMode(on ? 'brush' : 'off')
}

/** Tick or untick a pattern's checkbox (ticking shows the skin it is painted on). */
export function setPatternOnSkin(muscle: PainMuscleId, on: boolean): void {
  if (on) showPatternOnSkin(muscle)
  else setPatternShown(muscle, false)
}
