import { modelFileLabel, modelFileWords } from '../anatomy/plainNames'
import { retryManifest, retryModelFile } from '../models/loadSession'
import { useViewer } from '../store/appStore'
import { canRetry, loadingProgress } from '../store/viewerSlice'

/**
 * Loading progress, failures and the lost-context notice. Each file still coming is named with its
 * own share; failures name the file, say that everything else is still shown (a problem stays
 * local) and offer Retry wherever a second try can help.
 */
export function StatusPanel() {
  const files = useViewer((s) => s.files)
  const fileBytes = useViewer((s) => s.fileBytes)
  const manifestError = useViewer((s) => s.manifestError)
  const manifestLoaded = useViewer((s) => s.manifestLoaded)
  const contextLost = useViewer((s) => s.contextLost)
  const skinFile = useViewer((s) => s.skinFile)
  const list = Object.entries(files)
  const { fraction, coming } = loadingProgress({ files, fileBytes })
  const failed = list.flatMap(([file, f]) => (f.state === 'failed' ? [{ file, status: f }] : []))
  // A decoder that cannot start fails every file alike: one message says so, instead of a list
  // blaming each file.
  const decoder = failed.find((f) => f.status.reason === 'decoder')?.status.message
  const fileFailures = failed.filter((f) => f.status.reason !== 'decoder')
  const doneCount = list.length - coming.length
  const bonesComing = coming.some((c) => c.file !== skinFile)
  return (
    <div className="status">
      {(coming.length > 0 || (!manifestLoaded && !manifestError)) && (
        <div className="panel loading" data-ui-box="">
          <span id="loading-label">
            Loading models… {doneCount} of {list.length || '?'}
          </span>
          {/* Weighted by bytes: one big file held back shows as the share it is, not as nothing. */}
          <progress aria-labelledby="loading-label" max={100} value={Math.round(100 * fraction)} />
          {coming.length > 0 && (
            <div className="muted small" data-testid="loading-files">
              Still coming:
              <ul className="loading-files">
                {coming.map((c) => (
                  <li key={c.file}>
                    {modelFileLabel(c.file)} {c.percent} %
                  </li>
                ))}
              </ul>
              {bonesComing && 'Muscles and skin appear once the bones are in.'}
            </div>
          )}
        </div>
      )}
      {manifestError && (
        <div className="panel notice error" data-ui-box="" role="alert">
          <strong>No models could be loaded.</strong> {manifestError}{' '}
          <button type="button" className="retry" onClick={retryManifest}>
            Retry
          </button>{' '}
          If it keeps happening, whoever looks after the app needs to check its installation.
        </div>
      )}
      {manifestLoaded && list.length === 0 && (
        <div className="panel notice error" data-ui-box="" role="alert">
          <strong>The model list is empty.</strong> There is nothing to show; the app needs to be reinstalled.
        </div>
      )}
      {decoder && (
        <div className="panel notice error" data-ui-box="" role="alert">
          <strong>The models cannot be shown on this page.</strong> {decoder}
        </div>
      )}
      {fileFailures.length > 0 && (
        <div className="panel notice error" data-ui-box="" role="alert">
          <strong>
            {fileFailures.length === 1
              ? 'One model could not be loaded'
              : `${fileFailures.length} models could not be loaded`}
          </strong>
          <ul>
            {fileFailures.map(({ file, status }) => (
              <li key={file}>
                {/* Plain words first: the message itself names the file, which is what a host looks for. */}
                {modelFileWords(file) && <strong>{modelFileWords(file)}: </strong>}
                {status.message}{' '}
                {canRetry(status) && (
                  <button
                    type="button"
                    className="retry"
                    aria-label={`Retry ${file}`}
                    onClick={() => retryModelFile(file)}
                  >
                    Retry
                  </button>
                )}
              </li>
            ))}
          </ul>
          {doneCount > failed.length && <span>Everything else is shown.</span>}
        </div>
      )}
      {contextLost && (
        <div className="panel notice warn" data-ui-box="" role="status">
          <strong>The 3D view was interrupted by the graphics system.</strong> It comes back by itself in a moment;
          nothing is lost.
        </div>
      )}
    </div>
  )
}
