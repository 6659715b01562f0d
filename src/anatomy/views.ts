/**
 * Preset camera views. Directions are from the target towards the camera, in the glTF frame
 * (+X patient's left, +Y up, +Z anterior), so "Left" looks at the patient's left side.
 *
 * `name` is the id the store and the camera use; `label` is what a patient reads on the button,
 * `term` the anatomical name a clinician may want beside it.
 */
export const VIEWS = [
  { name: 'Anterior', label: 'Front', term: 'anterior', key: '1', direction: [0, 0, 1] },
  { name: 'Posterior', label: 'Back', term: 'posterior', key: '2', direction: [0, 0, -1] },
  { name: 'Left', label: 'Left side', term: 'left lateral', key: '3', direction: [1, 0, 0] },
  { name: 'Right', label: 'Right side', term: 'right lateral', key: '4', direction: [-1, 0, 0] },
  // Looking down from above, slightly from behind so that anterior is at the top of the screen.
  { name: 'Superior', label: 'From above', term: 'superior', key: '5', direction: [0, 1, -0.02] },
  { name: 'Three-quarter', label: 'Angled', term: 'three-quarter', key: '6', direction: [0.55, 0.3, 0.78] },
] as const

export type ViewName = (typeof VIEWS)[number]['name']

/** One preset view as listed in {@link VIEWS}. */
export type ViewPreset = (typeof VIEWS)[number]

/** The view the app opens with and "Reset view" returns to. */
export const DEFAULT_VIEW: ViewName = 'Three-quarter'

/** The preset with this id. */
export const viewByName = (name: ViewName): ViewPreset => VIEWS.find((v) => v.name === name)!

/** The plain button label of a preset ("Front" for `Anterior`). */
export const viewLabel = (name: ViewName): string => viewByName(name).label

/** Unit direction (target → camera) of a preset. */
export function viewDirection(name: ViewName): [number, number, number] {
  const d = viewByName(name).direction
  const l = Math.hypot(d[0], d[1], d[2])
  return [d[0] / l, d[1] / l, d[2] / l]
}
