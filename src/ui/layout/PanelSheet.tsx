import type { PainDrawing } from '../../overlays/pain/painDrawing'
import { useScreen } from '../../store/appStore'
import { openPanel } from '../../store/screenSlice'
import { LayersPanel } from '../LayersPanel'
import { PainPanel } from '../PainPanel'
import { PatientPanel } from '../PatientPanel'
import { PosturePanel } from '../PosturePanel'
import { ViewsPanel } from '../ViewsPanel'
import type { LayoutKind } from './layoutKind'
import { PANEL_TITLES, panelElementId } from './PanelTabs'
import { PostureQuickBar } from './PostureQuickBar'

/**
 * The open panel: a side panel on a desk, a bottom sheet on a tablet or phone. Its content
 * scrolls inside it, so the page never scrolls and nothing else moves.
 */
export function PanelSheet({ layout, drawing }: { layout: LayoutKind; drawing: PainDrawing }) {
  const open = useScreen((s) => s.openPanel)
  if (open === null) return null
  return (
    <section className="panel sheet" id={panelElementId(open)} aria-labelledby="sheet-title" data-ui-box="">
      <div className="sheet-head">
        <h2 id="sheet-title">{PANEL_TITLES[open]}</h2>
        <button type="button" className="close" aria-label="Close panel" onClick={() => openPanel(null)}>
          ×
        </button>
      </div>
      <div className="sheet-body">
        {open === 'views' && <ViewsPanel />}
        {open === 'layers' && <LayersPanel />}
        {open === 'posture' && (
          <>
            {layout === 'phone' && <PostureQuickBar />}
            <PosturePanel />
          </>
        )}
        {open === 'pain' && <PainPanel drawing={drawing} />}
        {open === 'explain' && <PatientPanel drawing={drawing} />}
      </div>
    </section>
  )
}
