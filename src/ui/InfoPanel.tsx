import { useEffect } from 'react'
import { plainName, plainSummary } from '../anatomy/names'
import { parseTriggerSelection } from '../anatomy/selection'
import { dismissSelection } from '../store/actions'
import { usePain, useViewer } from '../store/appStore'
import { PainLookupResult } from './PainLookup'
import { SelectionActions } from './SelectionActions'
import { painMuscleName } from './painLabels'

/** What the selected id is or does, in one plain line (the words live in src/anatomy/plainNames.ts). */
const describe = (id: string): string => plainSummary(id)

/** Names the selected (or hovered) structure. Escape clears the selection. */
export function InfoPanel() {
  const selected = useViewer((s) => s.selectedId)
  const hovered = useViewer((s) => s.hoveredId)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        dismissSelection()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  const lookup = usePain((s) => s.lookup)
  const id = selected ?? hovered
  const trigger = id ? parseTriggerSelection(id) : null
  return (
    <section className="panel info" aria-label="Selection" aria-live="polite" data-ui-box="">
      {/* The words scroll inside a short info line on a tablet or phone; the offers stay in view. */}
      <div className="info-text">
        {trigger ? (
          <>
            <h2 data-testid="selected-name">
              Trigger point: {trigger.point.name} ({trigger.side === 'l' ? 'left' : 'right'})
            </h2>
            <p data-testid="trigger-hint">{trigger.point.hint}</p>
            <p className="muted">
              {painMuscleName(trigger.muscle)} · {trigger.point.depth === 'deep' ? 'deep' : 'superficial'}
              {selected ? ' · press Esc to clear' : ' · click to select'}
            </p>
          </>
        ) : lookup && !selected ? (
          <PainLookupResult />
        ) : id ? (
          <>
            <h2 data-testid="selected-name">{plainName(id)}</h2>
            <p className="muted">
              {describe(id)}
              {selected ? ' · press Esc to clear' : ' · click to select'}
            </p>
          </>
        ) : (
          <p className="muted">
            Tap or click a bone or muscle to name it. On the skin, a tap lists the pain patterns there.
          </p>
        )}
      </div>
      {selected && <SelectionActions id={selected} />}
    </section>
  )
}
