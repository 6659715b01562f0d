import { useEffect, useId, useRef, useState } from 'react'
import type { PainDrawing } from '../../overlays/pain/painDrawing'
import { useSession } from '../../store/appStore'
import { NewPatient } from './NewPatient'
import { exerciseCountNote, HANDOUT_MIN_EXERCISES, printHandoutNow, saveImageNow } from './takeHomeActions'

/**
 * Something to take home, and a fresh start: "Save image" (this view as a PNG, with its caption
 * and key), "Print handout" (one page with the pictures, the explanation, the ticked exercises
 * and a QR code of the link) with the name field for it, and "New patient". The name is kept in
 * this component only: never in the store, so never saved or put in a link.
 */
export function TakeHome({ drawing }: { drawing: PainDrawing }) {
  const [name, setName] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [askFew, setAskFew] = useState(false)
  const ticked = useSession((s) => s.handoutExercises)
  const nameId = useId()
  const note = exerciseCountNote(ticked.length)
  // The question and the result appear under the buttons, maybe below the panel's fold: bring them in.
  const ask = useRef<HTMLDivElement>(null)
  const status = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (askFew) ask.current?.scrollIntoView?.({ block: 'nearest' })
  }, [askFew])
  useEffect(() => {
    if (message) status.current?.scrollIntoView?.({ block: 'nearest' })
  }, [message])

  const run = async (work: () => Promise<string>) => {
    setBusy(true)
    setMessage(null)
    try {
      setMessage(await work())
    } catch (err) {
      setMessage((err as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const saveImage = () => run(saveImageNow)
  const printHandout = () => {
    setAskFew(false)
    return run(() => printHandoutNow(name, ticked))
  }
  const pickExercises = () => {
    setAskFew(false)
    const first = document.querySelector<HTMLInputElement>('.exercises input[type="checkbox"]')
    first?.scrollIntoView?.({ block: 'center' })
    first?.focus()
  }

  return (
    <section className="take-home" aria-labelledby="take-home-title">
      <h3 id="take-home-title">Take home</h3>
      <label className="take-home-name" htmlFor={nameId}>
        Name on the handout (optional; not saved)
      </label>
      <input
        id={nameId}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      {note && <p className="muted small">{note}</p>}
      <div className="row">
        <button type="button" disabled={busy} onClick={() => void saveImage()}>
          Save image
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => (ticked.length < HANDOUT_MIN_EXERCISES ? setAskFew(true) : void printHandout())}
        >
          Print handout
        </button>
        <NewPatient
          drawing={drawing}
          busy={busy}
          status={busy ? 'Making it…' : message}
          onSaveImage={saveImage}
          onPrintHandout={printHandout}
        />
      </div>
      {askFew && (
        <div className="confirm" role="group" aria-label="Few exercises ticked" ref={ask}>
          <span>
            {ticked.length === 0 ? 'No exercise is' : ticked.length === 1 ? 'Only 1 exercise is' : ''} ticked for the
            handout; it has room for 2 to 4.
          </span>
          <button type="button" onClick={() => void printHandout()}>
            Print anyway
          </button>
          <button type="button" onClick={pickExercises}>
            Pick exercises
          </button>
        </div>
      )}
      <p className="muted small" role="status" ref={status}>
        {busy ? 'Making it…' : message}
      </p>
    </section>
  )
}
