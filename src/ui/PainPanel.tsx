import { useId } from 'react'
import { PAIN_MUSCLES } from '../anatomy/painPatterns'
import type { PainSide } from '../anatomy/painTypes'
import type { PainDrawing } from '../overlays/pain/painDrawing'
import { setPatternOnSkin } from '../store/actions'
import { usePain, useViewer } from '../store/appStore'
import { setHeatOpacity, setPainSide, setTriggerPointsShown } from '../store/painSlice'
import { PainEvidence } from './PainEvidence'
import { PainLegend } from './PainLegend'
import { PaintPain } from './PaintPain'
import { painPatternLabel } from './painLabels'

const SIDES: readonly { value: PainSide; label: string }[] = [
  { value: 'l', label: 'Left' },
  { value: 'r', label: 'Right' },
  { value: 'both', label: 'Both' },
]

/**
 * Referred pain: the patient's pain drawing and its ranking first, then which muscles' patterns are
 * painted on the skin and on which side, the heatmap opacity, trigger points, the key and the
 * evidence behind it all.
 */
export function PainPanel({ drawing }: { drawing: PainDrawing }) {
  const shown = usePain((s) => s.shown)
  const side = usePain((s) => s.side)
  const heatOpacity = usePain((s) => s.heatOpacity)
  const triggerPoints = usePain((s) => s.triggerPoints)
  const hasSkin = useViewer((s) => s.layers.skin !== undefined)
  // Without the body surface there is nothing to paint on: say so instead of offering dead controls.
  const skinFailed = useViewer((s) => (s.skinFile ? s.files[s.skinFile]?.state === 'failed' : false))
  const opacityId = useId()
  if (!hasSkin) return null
  return (
    <div className="pain">
      {skinFailed && (
        <p className="notice-inline" role="status">
          The body surface did not load, so pain patterns and the pain drawing cannot be shown. Bones and muscles are
          unaffected.
        </p>
      )}
      {/* The patient's own drawing first: in clinic it is the step that needs this panel. */}
      {!skinFailed && <PaintPain drawing={drawing} />}
      <fieldset className="patterns" disabled={skinFailed}>
        <legend className="sublegend">Pain patterns</legend>
        {PAIN_MUSCLES.map((m) => (
          <label key={m}>
            <input type="checkbox" checked={shown[m]} onChange={(e) => setPatternOnSkin(m, e.target.checked)} />
            {painPatternLabel(m)}
          </label>
        ))}
      </fieldset>
      <fieldset className="side" role="radiogroup" aria-label="Pain side">
        <legend>Pain side</legend>
        {SIDES.map((s) => (
          <label key={s.value}>
            <input
              type="radio"
              name="pain-side"
              value={s.value}
              checked={side === s.value}
              onChange={() => setPainSide(s.value)}
            />
            {s.label}
          </label>
        ))}
      </fieldset>
      <div className="posture-row">
        <label htmlFor={opacityId}>Heatmap opacity</label>
        <input
          id={opacityId}
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={heatOpacity}
          aria-valuetext={`${Math.round(heatOpacity * 100)}%`}
          onChange={(e) => setHeatOpacity(Number(e.target.value))}
        />
      </div>
      <label className="check">
        <input type="checkbox" checked={triggerPoints} onChange={(e) => setTriggerPointsShown(e.target.checked)} />
        Trigger points
      </label>
      {!skinFailed && <PainLegend />}
      <PainEvidence />
    </div>
  )
}
