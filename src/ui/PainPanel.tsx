import { useId, useState } from 'react'
import { PAIN_PATTERNS } from '../anatomy/painPatterns'
import { painSourceByKey } from '../anatomy/painSources'
import type { PainSide } from '../anatomy/painTypes'
import { HEAT_CSS_GRADIENT, HEAT_SOURCE } from '../overlays/pain/colormap'
import { clearDrawing, undoDrawing } from '../store/painDrawing'
import {
  PAIN_MUSCLES,
  setBrushCm,
  setHeatOpacity,
  setPaintMode,
  setPainSide,
  setPatternShown,
  setTriggerPointsShown,
  showPattern,
  usePain,
} from '../store/painStore'
import { setLayerVisible, useViewer, viewerStore } from '../store/viewerStore'
import { painMuscleName, sideWords } from './painLabels'

const SIDES: readonly { value: PainSide; label: string }[] = [
  { value: 'l', label: 'Left' },
  { value: 'r', label: 'Right' },
  { value: 'both', label: 'Both' },
]

/** The heatmap lives on the skin: make sure it is showing. */
const ensureSkin = (): void => {
  if (viewerStore.getState().layers.skin !== true) setLayerVisible('skin', true)
}

/** Key to the heatmap: colour scale, solid vs dotted, trigger-point cross, drawing hatch. */
function Legend() {
  return (
    <div className="pain-legend" aria-label="Heatmap key">
      <div className="ramp" style={{ background: HEAT_CSS_GRADIENT }} title={HEAT_SOURCE} aria-hidden="true" />
      <div className="ramp-scale" aria-hidden="true">
        <span>weaker</span>
        <span>stronger</span>
      </div>
      <ul className="key">
        <li>
          <span className="swatch heat-solid" aria-hidden="true" /> Essential zone (solid): felt by nearly everyone with
          this trigger point
        </li>
        <li>
          <span className="swatch heat-dots" aria-hidden="true" /> Spillover zone (dotted): felt by some
        </li>
        <li>
          <span className="swatch cross" aria-hidden="true">
            ✕
          </span>{' '}
          Trigger point
        </li>
        <li>
          <span className="swatch drawing" aria-hidden="true" /> Patient’s drawing (blue hatching)
        </li>
      </ul>
    </div>
  )
}

/** Paint pain: brush, erase, size, undo, clear (with confirmation), and the ranking. */
function PaintPain() {
  const mode = usePain((s) => s.paintMode)
  const brushCm = usePain((s) => s.brushCm)
  const undoDepth = usePain((s) => s.undoDepth)
  const hasDrawing = usePain((s) => s.hasDrawing)
  const allMatches = usePain((s) => s.matches)
  // Patterns with (next to) no overlap are counted, not listed: a 0% row ranks nothing.
  const matches = allMatches.filter((m) => m.score >= 0.01)
  const unmatched = allMatches.length - matches.length
  const notice = usePain((s) => s.drawingNotice)
  const [confirming, setConfirming] = useState(false)
  const sizeId = useId()
  const active = mode !== 'off'
  return (
    <section className="paint" aria-label="Patient's pain drawing">
      <button
        type="button"
        className="paint-toggle"
        aria-pressed={active}
        onClick={() => {
          if (!active) ensureSkin()
          setPaintMode(active ? 'off' : 'brush')
        }}
      >
        {active ? 'Done painting' : 'Paint pain'}
      </button>
      {active && (
        <>
          <p className="muted small">Drag on the body to paint. Rotate with the right mouse button or two fingers.</p>
          <div className="side" role="radiogroup" aria-label="Brush">
            {(['brush', 'erase'] as const).map((m) => (
              <label key={m}>
                <input type="radio" name="brush-mode" checked={mode === m} onChange={() => setPaintMode(m)} />
                {m === 'brush' ? 'Brush' : 'Erase'}
              </label>
            ))}
          </div>
          <div className="posture-row">
            <label htmlFor={sizeId}>Brush size</label>
            <input
              id={sizeId}
              type="range"
              min={1}
              max={12}
              step={0.5}
              value={brushCm}
              aria-valuetext={`${brushCm} cm`}
              onChange={(e) => setBrushCm(Number(e.target.value))}
            />
            <span className="value">{brushCm} cm</span>
          </div>
        </>
      )}
      <div className="paint-buttons">
        <button type="button" disabled={undoDepth === 0} onClick={undoDrawing}>
          Undo
        </button>
        {!confirming ? (
          <button type="button" disabled={!hasDrawing} onClick={() => setConfirming(true)}>
            Clear drawing…
          </button>
        ) : (
          <span className="confirm" role="group" aria-label="Confirm clearing the drawing">
            <span>Clear the whole drawing?</span>
            <button
              type="button"
              className="danger"
              onClick={() => {
                clearDrawing()
                setConfirming(false)
              }}
            >
              Yes, clear
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        )}
      </div>
      {notice && (
        <p className="notice-inline" role="status">
          {notice}
        </p>
      )}
      <p className="muted small">The drawing is kept in this browser only and is never sent anywhere.</p>
      {matches.length > 0 && (
        <div className="matches">
          <h3>Patterns that match the drawing</h3>
          <ol aria-label="Patterns ranked by overlap with the drawing">
            {matches.map((m, i) => (
              <li key={m.muscle} data-muscle={m.muscle}>
                <span className="rank" aria-hidden="true">
                  {i + 1}.
                </span>
                <span className="match-name">
                  {painMuscleName(m.muscle)} <span className="muted">({sideWords(m.side)})</span>
                </span>
                <span className="score" title="Weighted Dice overlap between the drawing and the pattern">
                  {Math.round(m.score * 100)}%
                </span>
                <button
                  type="button"
                  onClick={() => {
                    ensureSkin()
                    showPattern(m.muscle, m.side)
                  }}
                >
                  Show
                </button>
              </li>
            ))}
          </ol>
          {unmatched > 0 && (
            <p className="muted small">
              {unmatched} other pattern{unmatched > 1 ? 's do' : ' does'} not overlap the drawing.
            </p>
          )}
          <p className="muted small">
            Score: weighted Dice overlap (0% none, 100% identical). A high score means the drawing looks like that
            pattern — a muscle to examine, not a diagnosis.
          </p>
        </div>
      )}
    </section>
  )
}

/** Sources and notes of the patterns shown. */
function Evidence() {
  const shown = usePain((s) => s.shown)
  const patterns = PAIN_PATTERNS.filter((p) => shown[p.muscle])
  return (
    <section className="evidence" aria-label="Evidence">
      <p className="caveat">
        Referral maps are clinical conventions drawn from expert experience (Travell &amp; Simons and later authors),
        not diagnoses. They suggest which muscles to examine; other causes of pain must be ruled out first.
      </p>
      {patterns.map((p) => (
        <details key={p.muscle} className="sources">
          <summary>Sources: {painMuscleName(p.muscle)}</summary>
          <p>{p.summary}</p>
          {p.notes?.map((n) => (
            <p key={n} className="muted small">
              {n}
            </p>
          ))}
          <ul>
            {p.sources.map((key) => {
              const src = painSourceByKey(key)
              return (
                <li key={key}>
                  <strong>[{key}]</strong> {src?.title ?? key}
                  {src && <span className="url"> {src.url}</span>}
                </li>
              )
            })}
          </ul>
        </details>
      ))}
    </section>
  )
}

/**
 * Referred pain: which muscles' patterns are painted on the skin and on which side, the heatmap
 * opacity, trigger points, the key, the patient's pain drawing and the evidence behind it all.
 */
export function PainPanel() {
  const shown = usePain((s) => s.shown)
  const side = usePain((s) => s.side)
  const heatOpacity = usePain((s) => s.heatOpacity)
  const triggerPoints = usePain((s) => s.triggerPoints)
  const hasSkin = useViewer((s) => s.layers.skin !== undefined)
  // Without the body surface there is nothing to paint on: say so instead of offering dead controls.
  const skinFailed = useViewer((s) => (s.skinFile ? s.files[s.skinFile]?.state === 'failed' : false))
  const opacityId = useId()
  const narrow = typeof window !== 'undefined' && window.matchMedia?.('(max-width: 820px)').matches
  if (!hasSkin) return null
  return (
    <details className="panel pain" open={!narrow}>
      <summary>Referred pain</summary>
      {skinFailed && (
        <p className="notice-inline" role="status">
          The body surface did not load, so pain patterns and the pain drawing cannot be shown. Bones and muscles are
          unaffected.
        </p>
      )}
      <fieldset className="patterns" disabled={skinFailed}>
        <legend className="visually-hidden">Pain patterns</legend>
        {PAIN_MUSCLES.map((m) => (
          <label key={m}>
            <input
              type="checkbox"
              checked={shown[m]}
              onChange={(e) => {
                if (e.target.checked) ensureSkin()
                setPatternShown(m, e.target.checked)
              }}
            />
            Pain pattern: {painMuscleName(m)}
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
      {!skinFailed && (
        <>
          <Legend />
          <PaintPain />
        </>
      )}
      <Evidence />
    </details>
  )
}
