import { attachmentKindsOf, attachmentTogglesOf, painPatternOfSelection } from '../anatomy/selection'
import type { PainMuscleId, PainSide } from '../anatomy/painTypes'
import { appStore, updateSlice, type AppState } from './appStore'
import { setLookup, setPaintMode, setPatternShown, type PainLookup } from './painSlice'
import { clearSelection, setAttachmentsVisible, setLayerVisible, setSelected } from './viewerSlice'

/**
 * Actions that change more than one slice. Each rule of the form "doing X also means Y" is
 * written here once, so components only say what the user did.
 */

/** The heatmap, the crosses and the brush live on the skin: showing any of them shows the skin. */
const showSkin = (): void => setLayerVisible('skin', true)

/** Show one pattern on a side (from the lookup list, the ranking, or the info line's offer), on the skin. */
export function showPatternOnSkin(muscle: PainMuscleId, side?: PainSide): void {
  showSkin()
  updateSlice('pain', (s) => ({ shown: { ...s.shown, [muscle]: true }, side: side ?? s.side }))
}

/**
 * Select something in the scene (a bone, disc, muscle, landmark, attachment or trigger point): it
 * is named, and nothing else changes. What goes with it (its pain pattern, where it attaches) is
 * offered by the info line and done by {@link showPainPatternOf} and {@link showAttachmentsOf}.
 */
export function selectStructure(id: string): void {
  setSelected(id)
}

/**
 * Whether the pain pattern that goes with a selection (a psoas or iliacus, one of its attachment
 * areas, a trigger point) is on screen: painted on the selection's side, on a visible skin. Null
 * when no pattern goes with it.
 */
export function painPatternShownFor(s: AppState, id: string): boolean | null {
  const pattern = painPatternOfSelection(id)
  if (!pattern) return null
  const { shown, side } = s.pain
  return shown[pattern.muscle] && (side === 'both' || side === pattern.side) && s.viewer.layers.skin === true
}

/**
 * Show the pain pattern that goes with a selection on the selection's side, on the skin (the
 * pattern's muscle is ticked, Pain side becomes that side, the skin is shown). Does nothing for an
 * id without a pattern.
 *
 * @example showPainPatternOf('psoas_major_r') // iliopsoas, right side, skin on
 */
export function showPainPatternOf(id: string): void {
  const pattern = painPatternOfSelection(id)
  if (pattern) showPatternOnSkin(pattern.muscle, pattern.side)
}

/** Take the pain pattern that goes with a selection off the skin (the skin itself stays as it is). */
export function hidePainPatternOf(id: string): void {
  const pattern = painPatternOfSelection(id)
  if (pattern) setPatternShown(pattern.muscle, false)
}

/**
 * Whether the attachment areas that go with a selection are painted and on a visible layer: a
 * muscle's own areas, an area's muscle, or the areas of every muscle attaching on a bone or disc.
 * Null when none go with it.
 */
export function attachmentsShownFor(s: AppState, id: string): boolean | null {
  const toggles = attachmentTogglesOf(id)
  if (toggles.length === 0) return null
  const { attachments, layers } = s.viewer
  return toggles.every((t) => attachments[t]) && attachmentKindsOf(toggles).every((k) => layers[k] !== false)
}

/**
 * Paint the attachment areas that go with a selection (see {@link attachmentsShownFor}): their
 * toggles are turned on, and the bone and disc layers that carry them are shown.
 */
export function showAttachmentsOf(id: string): void {
  const toggles = attachmentTogglesOf(id)
  for (const t of toggles) setAttachmentsVisible(t, true)
  const { layers } = appStore.getState().viewer
  // Only layers present in the models: a kind absent from `layers` has nothing to show.
  for (const k of attachmentKindsOf(toggles)) if (k in layers) setLayerVisible(k, true)
}

/** Stop painting the attachment areas that go with a selection (their toggles off; layers stay). */
export function hideAttachmentsOf(id: string): void {
  for (const t of attachmentTogglesOf(id)) setAttachmentsVisible(t, false)
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
