import { startPresenting } from './presentActions'

/** The one button that starts present mode (the key `P` does the same). */
export function PresentButton() {
  return (
    <button
      type="button"
      className="present-button"
      aria-keyshortcuts="P"
      title="Present to the patient (P)"
      onClick={() => startPresenting()}
      data-ui-box=""
    >
      Present
    </button>
  )
}
