import { DEFAULT_VIEW } from '../anatomy/views'
import { appStore } from './appStore'
import { painInitial } from './painSlice'
import { postureInitial } from './postureSlice'
import { screenInitial } from './screenSlice'
import { sessionInitial } from './sessionSlice'
import { HIDDEN_AT_START, viewerInitial, type LayerKind, type ViewerState } from './viewerSlice'

/**
 * "New patient": every setting that belongs to the patient in front of the clinician goes back to
 * where the app starts, in one store update (so the scene sees one change, not a cascade):
 *
 * - posture, session (story, exercise shown, handout ticks) and screen (panels, help, present
 *   mode) at their starting values;
 * - pain at its starting values, except the drawing summary (undo depth, painted or not, revision,
 *   ranking, notice): that follows the drawing itself, which the caller resets with
 *   `PainDrawing.reset()` right after this;
 * - the viewer's user settings: selection and hover cleared, every layer present back to its start
 *   (visible, but the skin and landmarks hidden), attachments painted, the camera sent to the
 *   default view.
 *
 * Kept: what was loaded (files, manifest, skin file, context state) and the clinician's own
 * preference for anatomical terms, which is not the patient's.
 */
export function startNewPatient(): void {
  const s = appStore.getState()
  const start = viewerInitial()
  const layers = Object.fromEntries(
    (Object.keys(s.viewer.layers) as LayerKind[]).map((k) => [k, !HIDDEN_AT_START.includes(k)]),
  ) as ViewerState['layers']
  const { undoDepth, hasDrawing, drawingRevision, matches, drawingNotice } = s.pain
  appStore.setState({
    viewer: {
      ...s.viewer,
      layers,
      hoveredId: null,
      selectedId: null,
      attachments: start.attachments,
      view: DEFAULT_VIEW,
      // A new request, so the camera goes there even when the default view is the current one.
      viewRequest: s.viewer.viewRequest + 1,
    },
    posture: postureInitial(),
    pain: { ...painInitial(), undoDepth, hasDrawing, drawingRevision, matches, drawingNotice },
    screen: screenInitial(),
    session: sessionInitial(),
  })
}
