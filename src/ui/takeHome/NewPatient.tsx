import { useId, useRef } from 'react'
import type { PainDrawing } from '../../overlays/pain/painDrawing'
import { useSession } from '../../store/appStore'
import { startNewPatient } from '../../store/newPatient'
import { openPanel } from '../../store/screenSlice'
import { layoutFor } from '../layout/layoutKind'
import { HANDOUT_MIN_EXERCISES } from './takeHomeActions'

/**
 * Clear everything of this patient: the drawing with its undo history and its stored copy, and
 * the screen (posture, patterns, story, exercises, layers, selection, camera, panels), and take
 * the screen state out of the address bar. Loaded files stay.
 */
export function clearForNewPatient(drawing: PainDrawing): void {
  startNewPatient()
  drawing.reset()
  // The link state lives in the hash; the query keeps only technical options (`?aa=0`).
  history.replaceState(history.state, '', `${location.pathname}${location.search}`)
  // As at the start: a desk has the layers open beside the model, touch screens start clear.
  if (layoutFor(window.innerWidth, window.innerHeight) === 'desk') openPanel('layers')
  document.querySelector<HTMLElement>('[data-testid="canvas-container"]')?.focus()
}

/**
 * "New patient": asks first, in a modal dialog, and offers to save the image or print the handout
 * before anything is cleared. Cancel (or Esc) keeps everything as it was.
 */
export function NewPatient({
  drawing,
  busy,
  status,
  onSaveImage,
  onPrintHandout,
}: {
  drawing: PainDrawing
  busy: boolean
  /** What the last Save image or Print handout said (shown here too: the dialog covers the panel). */
  status: string | null
  onSaveImage: () => Promise<void>
  onPrintHandout: () => Promise<void>
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const ticked = useSession((s) => s.handoutExercises.length)
  const close = () => dialog.current?.close()
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        New patient…
      </button>
      <dialog
        ref={dialog}
        className="new-patient"
        aria-labelledby={titleId}
        // Keys typed here are the dialog's: Esc must not also clear the selection, nor digits turn the view.
        onKeyDown={(e) => e.stopPropagation()}
      >
        <h2 id={titleId}>Start with a new patient?</h2>
        <p>This clears the drawing and resets the screen.</p>
        <p className="muted small">Keep something first?</p>
        <div className="row">
          <button type="button" disabled={busy} onClick={() => void onSaveImage()}>
            Save image first
          </button>
          <button type="button" disabled={busy} onClick={() => void onPrintHandout()}>
            Print handout first
          </button>
        </div>
        {ticked < HANDOUT_MIN_EXERCISES && (
          <p className="muted small">
            {ticked === 0 ? 'No exercise is' : 'Only 1 exercise is'} ticked for the handout (it has room for 2 to 4).
          </p>
        )}
        <p className="muted small" role="status">
          {status}
        </p>
        <div className="row end">
          <button type="button" autoFocus onClick={close}>
            Cancel
          </button>
          <button
            type="button"
            className="danger"
            disabled={busy}
            onClick={() => {
              close()
              clearForNewPatient(drawing)
            }}
          >
            Clear and start again
          </button>
        </div>
      </dialog>
    </>
  )
}
