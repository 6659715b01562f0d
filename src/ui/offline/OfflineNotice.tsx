import { useEffect } from 'react'
import { useScreen } from '../../store/appStore'
import { NOTICE_SECONDS } from '../link/LinkNotice'
import { acceptUpdate, closeReadyNote, dismissUpdate, useOfflineState } from './offlineState'

/**
 * The service worker's news in plain words, near the top of the view like the link notice: "a new
 * version is ready" with Reload now / Later (it reloads only on Reload now), or once, after the
 * first visit, a quiet "ready to work without a network" that goes by itself. Neither shows in
 * present mode: the patient in the room sees no prompt, and the question waits until Done.
 */
export function OfflineNotice() {
  const { update, readyNote } = useOfflineState()
  const presenting = useScreen((s) => s.presenting)
  const noteShown = readyNote && !update && !presenting
  useEffect(() => {
    if (!noteShown) return
    const t = setTimeout(closeReadyNote, NOTICE_SECONDS * 1000)
    return () => clearTimeout(t)
  }, [noteShown])
  if (presenting) return null
  if (update)
    return (
      <div className="panel offline-notice" role="status" data-testid="update-notice">
        <p>A new version of this viewer is ready. Reloading keeps the drawing and this screen.</p>
        <div className="row">
          <button type="button" onClick={acceptUpdate}>
            Reload now
          </button>
          <button type="button" onClick={dismissUpdate}>
            Later
          </button>
        </div>
      </div>
    )
  if (!noteShown) return null
  return (
    <div className="panel offline-notice" role="status" data-testid="offline-ready">
      <p>Ready to work without a network.</p>
      <div className="row">
        <button type="button" onClick={closeReadyNote}>
          OK
        </button>
      </div>
    </div>
  )
}
