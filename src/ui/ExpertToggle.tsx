import { useViewer } from '../store/appStore'
import { setExpertTerms } from '../store/viewerSlice'

/**
 * The switch between plain words (the default, for the patient) and the clinician's detail view:
 * anatomical terms beside the plain labels, strand rows, the technical name of the drawing score.
 * Small enough to sit in any panel.
 */
export function ExpertToggle() {
  const on = useViewer((s) => s.expertTerms)
  return (
    <label className="expert-toggle">
      <input type="checkbox" checked={on} onChange={(e) => setExpertTerms(e.target.checked)} />
      Show anatomical terms and details (for clinicians)
    </label>
  )
}
