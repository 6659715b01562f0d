import { useEffect } from 'react'
import { appStore, useSession, useViewer } from '../../store/appStore'
import { setSessionNotice } from '../../store/sessionSlice'
import { allFilesSettled } from '../../store/viewerSlice'

/** A quiet notice goes by itself after this long: it needs no answer. */
export const NOTICE_SECONDS = 15

/**
 * The session's quiet notice (a link that could not be read in full), with an OK to put it away.
 * It waits until the models are in, so it never sits on the loading bar, and it reserves no
 * framing space: it is small, near the top, lets drags and strokes through to the model, and goes
 * at a tap or by itself after {@link NOTICE_SECONDS} seconds.
 */
export function LinkNotice() {
  const notice = useSession((s) => s.notice)
  const loaded = useViewer((s) => allFilesSettled(s) || s.manifestError !== null)
  const shown = notice !== null && loaded
  useEffect(() => {
    if (!shown) return
    const t = setTimeout(() => {
      if (appStore.getState().session.notice === notice) setSessionNotice(null)
    }, NOTICE_SECONDS * 1000)
    return () => clearTimeout(t)
  }, [shown, notice])
  if (!shown) return null
  return (
    <div className="panel link-notice" role="status">
      <p>{notice}</p>
      <button type="button" onClick={() => setSessionNotice(null)}>
        OK
      </button>
    </div>
  )
}
