import { useEffect, useRef } from 'react'
import { VIEWS } from '../../anatomy/views'
import { useScreen } from '../../store/appStore'
import { setHelpOpen } from '../../store/screenSlice'
import { ExpertToggle } from '../ExpertToggle'

/** The "?" button that opens the help sheet. */
export function HelpButton() {
  return (
    <button
      type="button"
      className="help-button"
      aria-label="Help: gestures and keys"
      onClick={() => setHelpOpen(true)}
      data-ui-box=""
    >
      ?
    </button>
  )
}

/**
 * Every gesture and key in one place, for mouse and touch. A modal dialog: focus moves into it,
 * Esc or "Close" returns to where the user was.
 */
export function HelpSheet() {
  const open = useScreen((s) => s.helpOpen)
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = ref.current
    if (!d) return
    if (open && !d.open) d.showModal()
    if (!open && d.open) d.close()
  }, [open])
  return (
    <dialog ref={ref} className="panel help" aria-labelledby="help-title" onClose={() => setHelpOpen(false)}>
      <div className="sheet-head">
        <h2 id="help-title">Moving the model</h2>
        <button type="button" className="close" aria-label="Close help" onClick={() => setHelpOpen(false)}>
          ×
        </button>
      </div>
      <div className="help-columns">
        <section>
          <h3>With a mouse</h3>
          <ul>
            <li>Drag to turn the model.</li>
            <li>Scroll to zoom in or out, towards the pointer.</li>
            <li>Right-drag to slide it across the screen.</li>
            <li>Click a bone or muscle to name it; double-click to centre the view on it.</li>
          </ul>
        </section>
        <section>
          <h3>With a finger</h3>
          <ul>
            <li>Drag one finger to turn the model.</li>
            <li>Pinch to zoom.</li>
            <li>Drag two fingers to slide it.</li>
            <li>Tap a bone or muscle to name it; double-tap to centre the view on it.</li>
          </ul>
        </section>
        <section>
          <h3>Keys</h3>
          <ul className="keys">
            {VIEWS.map((v) => (
              <li key={v.name}>
                <kbd>{v.key}</kbd> {v.label} view
              </li>
            ))}
            <li>
              <kbd>0</kbd> back to the starting view
            </li>
            <li>
              <kbd>←</kbd> <kbd>→</kbd> <kbd>↑</kbd> <kbd>↓</kbd> turn (when the 3D view or a button has focus)
            </li>
            <li>
              <kbd>+</kbd> <kbd>−</kbd> zoom in and out
            </li>
            <li>
              <kbd>Esc</kbd> let go of the selection
            </li>
            <li>
              <kbd>Tab</kbd> move between controls; the 3D view takes focus too
            </li>
          </ul>
        </section>
        <section>
          <h3>Presenting</h3>
          <ul>
            <li>
              <kbd>P</kbd> present: the panels give way to large buttons and a caption; <kbd>P</kbd> or <kbd>Esc</kbd>{' '}
              again to leave
            </li>
            <li>
              In the story: <kbd>→</kbd> or <kbd>Space</kbd> next step, <kbd>←</kbd> back, or swipe the caption
            </li>
          </ul>
        </section>
        <section>
          <h3>While painting pain</h3>
          <ul>
            <li>Drag on the body to paint where it hurts (one finger on a tablet).</li>
            <li>Right-drag, or two fingers, turn the model while the brush is on.</li>
          </ul>
        </section>
        <section>
          <h3>Muscle lengths</h3>
          <p>
            A muscle&rsquo;s length is measured along its line of pull, from the middle of the area where it starts to
            where it attaches on the thigh bone (in musculoskeletal models: from the centroid of the origin to the
            insertion).
          </p>
        </section>
        <section>
          <h3>For clinicians</h3>
          <ExpertToggle />
        </section>
      </div>
    </dialog>
  )
}
