import { useEffect } from 'react'
import { readableName } from '../anatomy/names'
import { attachmentById } from '../anatomy/attachments'
import { structureById } from '../anatomy/bones'
import { landmarkById } from '../anatomy/landmarks'
import { muscleById, parseTriggerSelection } from '../anatomy/selection'
import { dismissSelection } from '../store/actions'
import { usePain, useViewer } from '../store/appStore'
import { PainLookupResult } from './PainLookup'
import { SelectionActions } from './SelectionActions'
import { painMuscleName } from './painLabels'

/** What kind of thing the selected id is, in plain words. */
function describe(id: string): string {
  const s = structureById(id)
  if (s) return s.kind === 'disc' ? 'Intervertebral disc' : 'Bone'
  if (landmarkById(id)) return 'Landmark'
  if (muscleById(id)) return 'Muscle · a hip flexor'
  const a = attachmentById(id)
  if (a) return a.role === 'origin' ? 'Where the muscle starts (origin)' : 'Where the muscle attaches (insertion)'
  return ''
}

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
    <section className="panel info" aria-label="Selection" aria-live="polite">
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
          <h2 data-testid="selected-name">{readableName(id)}</h2>
          <p className="muted">
            {describe(id)}
            {selected ? ' · press Esc to clear' : ' · click to select'}
          </p>
        </>
      ) : (
        <p className="muted">
          Tap or click a bone or muscle to name it. With the skin shown, tap the skin to see which pain patterns cover
          that spot.
        </p>
      )}
      {selected && <SelectionActions id={selected} />}
    </section>
  )
}
