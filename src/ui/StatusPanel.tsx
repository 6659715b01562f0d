import { useViewer } from '../store/appStore'

/**
 * Loading progress, failures and the lost-context notice. Failures name the file and say that
 * everything else is still shown: a problem stays local.
 */
export function StatusPanel() {
  const files = useViewer((s) => s.files)
  const manifestError = useViewer((s) => s.manifestError)
  const manifestLoaded = useViewer((s) => s.manifestLoaded)
  const contextLost = useViewer((s) => s.contextLost)
  const skinFile = useViewer((s) => s.skinFile)
  const list = Object.entries(files)
  const loading = list.filter(([, f]) => f.state === 'loading')
  const failed = list.flatMap(([, f]) => (f.state === 'failed' ? [f.message] : []))
  const doneCount = list.length - loading.length
  const bonesComing = loading.some(([file]) => file !== skinFile)
  // One bar for everything: each file is an equal share, a file still coming counts by the bytes
  // it has so far. Files that finish stay counted, so the bar never runs backwards. The muscles
  // and the skin wait for the bones, so nothing else needs a bar of its own.
  let progress = doneCount
  for (const [, f] of loading) if (f.state === 'loading' && f.total > 0) progress += Math.min(f.loaded / f.total, 1)
  const pct = list.length > 0 ? Math.round((100 * progress) / list.length) : 0
  return (
    <div className="status">
      {(loading.length > 0 || (!manifestLoaded && !manifestError)) && (
        <div className="panel loading" data-ui-box="">
          <span id="loading-label">
            Loading models… {doneCount} of {list.length || '?'}
          </span>
          <progress aria-labelledby="loading-label" max={100} value={pct} />
          {loading.length > 0 && (
            <span className="muted small" data-testid="loading-files">
              Still coming: {loading.map(([file]) => file).join(', ')}.
              {bonesComing && ' Muscles and skin appear once the bones are in.'}
            </span>
          )}
        </div>
      )}
      {manifestError && (
        <div className="panel notice error" data-ui-box="" role="alert">
          <strong>No models could be loaded.</strong> {manifestError} Reload the page; if it keeps happening, the app
          needs to be reinstalled.
        </div>
      )}
      {manifestLoaded && list.length === 0 && (
        <div className="panel notice error" data-ui-box="" role="alert">
          <strong>The model list is empty.</strong> There is nothing to show; the app needs to be reinstalled.
        </div>
      )}
      {failed.length > 0 && (
        <div className="panel notice error" data-ui-box="" role="alert">
          <strong>
            {failed.length === 1 ? 'One model could not be loaded' : `${failed.length} models could not be loaded`}
          </strong>
          <ul>
            {failed.map((m) => (
              <li key={m}>{m}</li>
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
