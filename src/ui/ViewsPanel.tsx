import { DEFAULT_VIEW, VIEWS } from '../anatomy/views'
import { useViewer } from '../store/appStore'
import { requestView } from '../store/viewerSlice'

/**
 * Preset view buttons (also on keys 1–6) and "Reset view" (key 0). Each button is named by its
 * plain label; the anatomical term is in its tooltip and, in the expert view, beside the label
 * (hidden from the accessible name so the name stays the same in both views).
 */
export function ViewsPanel() {
  const current = useViewer((s) => s.view)
  const expert = useViewer((s) => s.expertTerms)
  return (
    <nav className="panel views" aria-label="Views" data-ui-box="">
      {VIEWS.map((v) => (
        <button
          key={v.name}
          type="button"
          aria-pressed={current === v.name}
          onClick={() => requestView(v.name)}
          title={`${v.label} view (${v.term}) · key ${v.key}`}
        >
          {v.label}
          {expert && (
            <span className="view-term muted" aria-hidden="true">
              {v.term}
            </span>
          )}
        </button>
      ))}
      <button type="button" className="reset" onClick={() => requestView(DEFAULT_VIEW)} title="Key 0">
        Reset view
      </button>
    </nav>
  )
}
