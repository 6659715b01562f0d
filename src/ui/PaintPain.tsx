import { useEffect, useId, useRef, useState } from 'react'
import type { PainDrawing } from '../overlays/pain/painDrawing'
import { setPainting, showPatternOnSkin } from '../store/actions'
import { usePain, useViewer } from '../store/appStore'
import { setBrushCm, setPaintMode } from '../store/painSlice'
import { painMuscleName, sideWords } from './painLabels'

/** Paint pain: brush, erase, size, undo, clear (with confirmation), and the ranking. */
export function PaintPain({ drawing }: { drawing: PainDrawing }) {
  const mode = usePain((s) => s.paintMode)
  const brushCm = usePain((s) => s.brushCm)
  const undoDepth = usePain((s) => s.undoDepth)
  const hasDrawing = usePain((s) => s.hasDrawing)
  const notice = usePain((s) => s.drawingNotice)
  const clash = usePain((s) => s.drawingClash)
  const [confirming, setConfirming] = useState(false)
  const sizeId = useId()
  const active = mode !== 'off'
  return (
    <section className="paint" aria-label="Patient's pain drawing">
      <div className="paint-buttons">
        <button type="button" className="paint-toggle" aria-pressed={active} onClick={() => setPainting(!active)}>
          {active ? 'Done painting' : 'Paint pain'}
        </button>
        <button type="button" disabled={undoDepth === 0} onClick={() => drawing.undo()}>
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
                drawing.clear()
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
      {clash && (
        <div className="notice-inline clash" role="alert" aria-label="The drawing changed in another tab">
          <p>
            {clash === 'changed'
              ? 'Another tab or window of this viewer has saved a different drawing.'
              : 'Another tab or window of this viewer has started with a new patient and removed the saved drawing.'}{' '}
            Your strokes here are kept, but they are not saved until you choose.
          </p>
          <button type="button" onClick={() => drawing.takeOtherTab()}>
            {clash === 'changed' ? 'Show the other drawing' : 'Clear it here too'}
          </button>
          <button type="button" onClick={() => drawing.keepThisTab()}>
            Keep this drawing and save it
          </button>
        </div>
      )}
      {notice && (
        <p className="notice-inline" role="status">
          {notice}
        </p>
      )}
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
      <DrawingMatches />
      <p className="muted small">The drawing is kept in this browser only and is never sent anywhere.</p>
    </section>
  )
}

/**
 * The patterns ranked by how well they match the drawing, each with a button to show it. The
 * score is explained in plain words; its technical name only in the expert view.
 */
function DrawingMatches() {
  const expert = useViewer((s) => s.expertTerms)
  const allMatches = usePain((s) => s.matches)
  // Patterns with (next to) no overlap are counted, not listed: a 0% row ranks nothing.
  const matches = allMatches.filter((m) => m.score >= 0.01)
  const unmatched = allMatches.length - matches.length
  // A ranking that appears below the fold is brought into view once: the cue that it is there.
  const ref = useRef<HTMLDivElement>(null)
  const listed = matches.length > 0
  useEffect(() => {
    if (listed) ref.current?.scrollIntoView?.({ block: 'nearest' })
  }, [listed])
  if (matches.length === 0) return null
  return (
    <div className="matches" ref={ref}>
      <h3>Patterns that match the drawing</h3>
      <ol aria-label="Patterns ranked by how much of the drawing they cover">
        {matches.map((m, i) => (
          <li key={m.muscle} data-muscle={m.muscle}>
            <span className="rank" aria-hidden="true">
              {i + 1}.
            </span>
            <span className="match-name">
              {painMuscleName(m.muscle)} <span className="muted">({sideWords(m.side)})</span>
            </span>
            <span
              className="score"
              title={
                expert
                  ? 'Area-weighted Dice overlap between the drawing and the pattern'
                  : 'How much of the drawing this pattern covers'
              }
            >
              {Math.round(m.score * 100)}%
            </span>
            <button type="button" onClick={() => showPatternOnSkin(m.muscle, m.side)}>
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
        Each percentage is how much of the drawing a pattern covers, marked down for any part of the pattern outside the
        drawing: 100% means both cover the same places, 0% that they share none. A high score points to a muscle worth
        examining; it is not a diagnosis.
      </p>
      {expert && (
        <p className="muted small" data-testid="score-term">
          Score: area-weighted soft Dice overlap, 2 × shared ÷ (drawing + pattern), each skin point weighted by its
          area.
        </p>
      )}
    </div>
  )
}
