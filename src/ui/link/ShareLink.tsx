import { useEffect, useId, useRef, useState } from 'react'
import type { PainDrawing } from '../../overlays/pain/painDrawing'
import { usePain } from '../../store/appStore'
import { QR_LINK_LIMIT, currentLink } from './currentLink'

/** What the last copy did: copied to the clipboard, or shown to copy by hand (clipboard not allowed). */
type Copied = { readonly how: 'clipboard' | 'by hand'; readonly url: string; readonly withDrawing: boolean }

const thousands = (n: number): string => n.toLocaleString('en-GB')

/**
 * "Copy link to this screen": a link that opens the same view, pose, layers, pain patterns,
 * present mode and story step. The patient's drawing goes in only when "Include the drawing" is
 * ticked; a link with it that is too long for a QR code says so and offers the link without it.
 */
export function ShareLink({ drawing }: { drawing: PainDrawing }) {
  const hasDrawing = usePain((s) => s.hasDrawing)
  const revision = usePain((s) => s.drawingRevision)
  const [include, setInclude] = useState(false)
  const [copied, setCopied] = useState<Copied | null>(null)
  /** Characters in the link with the drawing, when that is more than a QR code takes. */
  const [tooLong, setTooLong] = useState<number | null>(null)
  const field = useRef<HTMLInputElement>(null)
  const id = useId()
  const withDrawing = include && hasDrawing

  // Measure the link with the drawing as soon as it is asked for, and again when the drawing changes.
  useEffect(() => {
    if (!withDrawing) return
    let live = true
    void currentLink({ includeDrawing: true, drawing }).then((l) => {
      if (live) setTooLong(l.fitsQr ? null : l.url.length)
    })
    return () => {
      live = false
    }
  }, [withDrawing, revision, drawing])

  useEffect(() => {
    if (copied?.how === 'by hand') field.current?.select()
  }, [copied])

  async function copy(includeDrawing: boolean) {
    const { url } = await currentLink({ includeDrawing, drawing })
    try {
      await navigator.clipboard.writeText(url)
      setCopied({ how: 'clipboard', url, withDrawing: includeDrawing })
    } catch {
      // No clipboard (not allowed, or not a secure page): show the link to copy by hand.
      setCopied({ how: 'by hand', url, withDrawing: includeDrawing })
    }
  }

  return (
    <section className="share-link" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Link to this screen</h3>
      <p className="muted small">
        Opens this same view, pose, layers and pain patterns on another screen. The link holds the screen itself:
        opening it sends nothing to a server.
      </p>
      <label className="check">
        <input
          type="checkbox"
          checked={withDrawing}
          disabled={!hasDrawing}
          onChange={(e) => {
            setInclude(e.target.checked)
            setCopied(null)
          }}
        />
        <span>
          Include the drawing
          {!hasDrawing && <span className="muted"> (nothing drawn yet)</span>}
        </span>
      </label>
      {withDrawing && <p className="muted small">Anyone who opens this link sees the patient&apos;s drawing.</p>}
      <div className="row">
        <button type="button" onClick={() => void copy(withDrawing)}>
          Copy link to this screen
        </button>
      </div>
      {withDrawing && tooLong !== null && (
        <div className="notice-inline" role="status">
          <p>
            With the drawing, this link is {thousands(tooLong)} characters long: too long for a QR code (at most{' '}
            {thousands(QR_LINK_LIMIT)}). You can still copy and send it, or share the link without the drawing.
          </p>
          <button type="button" onClick={() => void copy(false)}>
            Copy the link without the drawing
          </button>
        </div>
      )}
      <div role="status" className="small">
        {copied?.how === 'clipboard' &&
          (copied.withDrawing
            ? 'Link copied, with the drawing.'
            : hasDrawing
              ? 'Link copied, without the drawing.'
              : 'Link copied.')}
      </div>
      {copied?.how === 'by hand' && (
        <div className="link-by-hand">
          <label htmlFor={`${id}-url`}>Copying is not allowed here. Select the link and copy it:</label>
          <input
            id={`${id}-url`}
            ref={field}
            type="text"
            readOnly
            value={copied.url}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
    </section>
  )
}
