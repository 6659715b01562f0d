import type { ExerciseId } from '../../anatomy/exercises'

/**
 * What the take-home buttons do, each loading its code only when used (the image and handout code,
 * the QR encoder and the print styles stay out of the app's first download). Each resolves to the
 * line the panel then shows.
 */

/** The handout has room for 2 to 4 exercises. */
export const HANDOUT_MIN_EXERCISES = 2
export const HANDOUT_MAX_EXERCISES = 4

/** What the panel says about the ticks before printing, or null when they fit the page. */
export function exerciseCountNote(ticked: number): string | null {
  if (ticked === 0) return 'Tick 2 to 4 exercises under “What helps” to put them on the handout.'
  if (ticked < HANDOUT_MIN_EXERCISES)
    return 'Tick one more exercise under “What helps”: the handout has room for 2 to 4.'
  if (ticked > HANDOUT_MAX_EXERCISES)
    return `Only ${HANDOUT_MAX_EXERCISES} exercises fit on the page: the first ${HANDOUT_MAX_EXERCISES} ticked will be printed.`
  return null
}

/** "Save image": the current view as a dated PNG download. */
export async function saveImageNow(): Promise<string> {
  const { saveImage } = await import('./saveImage')
  const saved = await saveImage()
  return `Saved ${saved.fileName}.`
}

/** "Print handout": build the page and open the print dialog. */
export async function printHandoutNow(patientName: string, exercises: readonly ExerciseId[]): Promise<string> {
  const { printHandout } = await import('./handout/printHandout')
  const report = await printHandout({ patientName, exercises })
  return report.fits
    ? 'The handout is ready to print (or to save as PDF from the print dialog).'
    : 'The handout is ready, but it is too long for one page: untick an exercise to make room.'
}
