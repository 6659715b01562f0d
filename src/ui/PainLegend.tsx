import { HEAT_CSS_GRADIENT, HEAT_SOURCE } from '../overlays/pain/colormap'

/** Key to the heatmap: colour scale, solid vs dotted, trigger-point cross, drawing hatch. */
export function PainLegend() {
  return (
    <div className="pain-legend" aria-label="Heatmap key">
      <div className="ramp" style={{ background: HEAT_CSS_GRADIENT }} title={HEAT_SOURCE} aria-hidden="true" />
      <div className="ramp-scale" aria-hidden="true">
        <span>weaker</span>
        <span>stronger</span>
      </div>
      <ul className="key">
        <li>
          <span className="swatch heat-solid" aria-hidden="true" /> Main area (essential zone), solid: felt by nearly
          everyone with this trigger point
        </li>
        <li>
          <span className="swatch heat-dots" aria-hidden="true" /> Spillover area, dotted: felt by some
        </li>
        <li>
          <span className="swatch cross" aria-hidden="true">
            ✕
          </span>{' '}
          Trigger point: a tender knot in the muscle that can send pain elsewhere
        </li>
        <li>
          <span className="swatch drawing" aria-hidden="true" /> Patient’s drawing (blue hatching)
        </li>
      </ul>
    </div>
  )
}
