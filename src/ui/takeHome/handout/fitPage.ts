/** The type sizes the handout tries, largest first: 9 pt reads well; below 7 pt it gets hard. */
export const FONT_STEPS_PT: readonly number[] = [9, 8.75, 8.5, 8.25, 8, 7.75, 7.5, 7.25, 7]

/**
 * Make the page's content fit its fixed box: try each type size until nothing overflows. The box is
 * laid out at its printed size (mm) on screen too, so what fits here fits on paper. Returns the
 * size used and whether it fits (false: even the smallest size overflows; the caller says so).
 */
export function fitPage(page: HTMLElement): { fontPt: number; fits: boolean } {
  for (const pt of FONT_STEPS_PT) {
    page.style.setProperty('--h-font', `${pt}pt`)
    // A pixel of slack for rounding between layout and the measured box.
    if (page.scrollHeight <= page.clientHeight + 1) return { fontPt: pt, fits: true }
  }
  return { fontPt: FONT_STEPS_PT[FONT_STEPS_PT.length - 1]!, fits: false }
}
