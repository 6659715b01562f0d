import { useStore } from 'zustand'
import { structureById } from '../anatomy/bones'
import {
  attachmentsShownFor,
  hideAttachmentsOf,
  hidePainPatternOf,
  painPatternShownFor,
  showAttachmentsOf,
  showPainPatternOf,
} from '../store/actions'
import { appStore, useViewer } from '../store/appStore'

/**
 * What goes with the selection, offered as buttons rather than done on its own: a psoas or
 * iliacus (or one of its attachment areas) offers its pain pattern and where it attaches; a
 * trigger point, its pain pattern; a bone or disc that a muscle attaches to, what attaches there.
 * Each button says what it will do, and says the opposite once it is done.
 */
export function SelectionActions({ id }: { id: string }) {
  const patternShown = useStore(appStore, (s) => painPatternShownFor(s, id))
  const attachmentsShown = useStore(appStore, (s) => attachmentsShownFor(s, id))
  // Without the body surface there is nowhere to show a pattern (the pain panel says why).
  const skinAvailable = useViewer((s) => s.skinFile !== null && s.files[s.skinFile]?.state !== 'failed')
  const onStructure = structureById(id) !== undefined
  const offerPattern = patternShown !== null && skinAvailable
  // A bone offers to show what attaches on it, but not to hide it: that would hide those muscles' areas everywhere.
  const offerAttachments = attachmentsShown !== null && !(onStructure && attachmentsShown)
  if (!offerPattern && !offerAttachments) return null
  return (
    <div className="selection-actions" role="group" aria-label="What goes with it">
      {offerPattern && (
        <button type="button" onClick={() => (patternShown ? hidePainPatternOf(id) : showPainPatternOf(id))}>
          {patternShown ? 'Hide its pain pattern' : 'Show its pain pattern'}
        </button>
      )}
      {offerAttachments && (
        <button type="button" onClick={() => (attachmentsShown ? hideAttachmentsOf(id) : showAttachmentsOf(id))}>
          {onStructure
            ? 'Show what attaches here'
            : attachmentsShown
              ? 'Hide where it attaches'
              : 'Show where it attaches'}
        </button>
      )}
    </div>
  )
}
