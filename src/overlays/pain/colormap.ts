import { clamp } from '../../anatomy/scalar'

/**
 * The heatmap's colour scale: ColorBrewer YlOrRd (sequential, listed by ColorBrewer as safe for
 * colour-blind readers and for greyscale printing), started at its second class so the lightest
 * colour still shows against the pale skin (pain-patterns.md §C.5, [CB-5], [INFLUX]). Light yellow =
 * weak, deep red = strong, matching the red of trigger-point charts while staying readable with the
 * common colour-vision deficiencies. Colour is never the only cue: spillover is also dotted.
 *
 * ColorBrewer colour specifications by Cynthia A. Brewer, Pennsylvania State University (Apache-style
 * licence, attribution required).
 */
export const HEAT_STOPS: readonly string[] = ['#fecc5c', '#fd8d3c', '#f03b20', '#bd0026']

export const HEAT_SOURCE = 'ColorBrewer YlOrRd (Brewer, Penn State), classes 2–5 of 5'

/** Stops as linear 0–1 RGB triples (sRGB values, as the shader receives them in uniforms). */
export function heatStopsRgb(): [number, number, number][] {
  return HEAT_STOPS.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as [number, number, number])
}

/** The colour for intensity t in [0, 1] (piecewise linear between the stops), as #rrggbb. */
export function heatColor(t: number): string {
  const stops = heatStopsRgb()
  const x = clamp(t, 0, 1) * (stops.length - 1)
  const i = Math.min(stops.length - 2, Math.floor(x))
  const f = x - i
  const a = stops[i]!
  const b = stops[i + 1]!
  const hex = (v: number) =>
    Math.round(v * 255)
      .toString(16)
      .padStart(2, '0')
  return `#${hex(a[0] + (b[0] - a[0]) * f)}${hex(a[1] + (b[1] - a[1]) * f)}${hex(a[2] + (b[2] - a[2]) * f)}`
}

/** CSS gradient for the legend, weak → strong. */
export const HEAT_CSS_GRADIENT = `linear-gradient(to right, ${HEAT_STOPS.join(', ')})`

/** Colour of the patient's own pain drawing: Okabe–Ito blue, distinct from the warm heat scale. */
export const DRAWING_COLOR = '#0072b2'
