import { DEFAULT_VIEW, VIEWS } from '../anatomy/views'
import { useViewer } from '../store/appStore'
import { requestView } from '../store/viewerSlice'

/** Preset view buttons (also on keys 1–6) and "Reset view" (key 0). */
export function ViewsPanel() {
  const current = useViewer((s) => s.view)
  return (
    <nav className="panel views" aria-label="Views" data-ui-box="">
      {VIEWS.map((v) => (
        <button
          key={v.name}
          type="button"
          aria-pressed={current === v.name}
          onClick={() => requestView(v.name)}
          title={`Key ${v.key}`}
        >
          {v.name}
        </button>
      ))}
      <button type="button" className="reset" onClick={() => requestView(DEFAULT_VIEW)} title="Key 0">
        Reset view
      </button>
    </nav>
  )
}
