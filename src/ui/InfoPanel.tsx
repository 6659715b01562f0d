import { useEffect } from 'react'
import { readableName } from '../anatomy/names'
import { attachmentById } from '../anatomy/attachments'
import { structureById } from '../anatomy/bones'
import { landmarkById } from '../anatomy/landmarks'
import { clearSelection, useViewer } from '../store/viewerStore'

/** What kind of thing the selected id is, in plain words. */
function describe(id: string): string {
  const s = structureById(id)
  if (s) return s.kind === 'disc' ? 'Intervertebral disc' : 'Bone'
  if (landmarkById(id)) return 'Landmark'
  if (/^(psoas_major|iliacus)_[lr]$/.test(id)) return 'Muscle · a hip flexor'
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
      if (e.key === 'Escape') clearSelection()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  const id = selected ?? hovered
  return (
    <section className="panel info" aria-label="Selection" aria-live="polite">
      {id ? (
        <>
          <h2 data-testid="selected-name">{readableName(id)}</h2>
          <p className="muted">
            {describe(id)}
            {selected ? ' · press Esc to clear' : ' · click to select'}
          </p>
        </>
      ) : (
        <p className="muted">Tap or click a bone or muscle to name it.</p>
      )}
    </section>
  )
}
