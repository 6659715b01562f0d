import { useSession, useViewer } from '../../store/appStore'
import { setSessionNotice } from '../../store/sessionSlice'
import { allFilesSettled } from '../../store/viewerSlice'

/**
 * The session's quiet notice (a link that could not be read in full), with an OK to put it away.
 * It waits until the models are in, so it never sits on the loading bar, and it reserves no
 * framing space: it is small, near the top, and goes at a tap.
 */
export function LinkNotice() {
  const notice = useSession((s) => s.notice)
  const loaded = useViewer((s) => allFilesSettled(s) || s.manifestError !== null)
  if (!notice || !loaded) return null
  return (
    <div className="panel link-notice" role="status">
      <p>{notice}</p>
      <button type="button" onClick={() => setSessionNotice(null)}>
        OK
      </button>
    </div>
  )
}
