import { useEffect, useMemo } from 'react'
import { PainDrawing } from '../overlays/pain/painDrawing'
import { AnatomyCanvas } from '../scene/AnatomyCanvas'
import { useScreen, useViewer } from '../store/appStore'
import { openPanel, type PanelId } from '../store/screenSlice'
import { canvasOptions } from './options'
import { CanvasErrorBoundary } from './CanvasErrorBoundary'
import { InfoPanel } from './InfoPanel'
import { LinkNotice } from './link/LinkNotice'
import { useLinkAddress } from './link/useLinkAddress'
import { FirstUseHint } from './layout/FirstUseHint'
import { HelpButton, HelpSheet } from './layout/HelpSheet'
import { useLayout } from './layout/layoutKind'
import { PanelSheet } from './layout/PanelSheet'
import { PanelTabs } from './layout/PanelTabs'
import { PostureQuickBar } from './layout/PostureQuickBar'
import { NoWebGL } from './NoWebGL'
import { OfflineNotice } from './offline/OfflineNotice'
import { PresentButton } from './present/PresentButton'
import { PresentMode } from './present/PresentMode'
import { usePresentKeys } from './present/usePresentKeys'
import { useOtherTabs } from './useOtherTabs'
import { StatusPanel } from './StatusPanel'
import { ViewsPanel } from './ViewsPanel'
import { hasWebGL2 } from './webgl'

/**
 * The whole app: the 3D view with its panels, or a clear message when 3D is unavailable.
 *
 * The stage (canvas and what floats on it) is always the first child, so a resize that changes
 * the layout never remounts the canvas; the side (tabs, the open panel, the info line) is a
 * column beside it on a desk and a dock under it on a tablet or phone (`styles/layout.css`).
 */
export function App() {
  const webgl = useMemo(() => hasWebGL2(), [])
  const options = useMemo(() => canvasOptions(window.location.search), [])
  // The patient's drawing lives as long as the app: the canvas and the panels share this one.
  const drawing = useMemo(() => new PainDrawing(), [])
  useLinkAddress(drawing)
  useOtherTabs(drawing)
  const layout = useLayout()
  const presenting = useScreen((s) => s.presenting)
  usePresentKeys()
  const hasLayers = useViewer((s) => Object.keys(s.layers).length > 0)
  const hasSkin = useViewer((s) => s.layers.skin !== undefined)
  const panels = useMemo(() => {
    const list: PanelId[] = layout === 'phone' ? ['views'] : []
    if (hasLayers) list.push('layers')
    list.push('posture')
    if (hasSkin) list.push('pain')
    list.push('explain')
    return list
  }, [layout, hasLayers, hasSkin])
  // A desk has room for the layers beside the model from the start; touch screens start clear.
  useEffect(() => {
    if (layout === 'desk') openPanel('layers')
    // Only the layout the app opens in decides; later resizes keep what the user chose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  if (!webgl) return <NoWebGL />
  return (
    <div className="app" data-layout={layout} data-presenting={presenting || undefined}>
      <main className="stage">
        <CanvasErrorBoundary>
          <AnatomyCanvas options={options} drawing={drawing} />
        </CanvasErrorBoundary>
        {presenting ? <PresentMode /> : <Screen layout={layout} panels={panels} drawing={drawing} />}
        <StatusPanel />
        <LinkNotice />
        <OfflineNotice />
      </main>
      {!presenting && <Dock layout={layout} panels={panels} drawing={drawing} />}
      <HelpSheet />
    </div>
  )
}

interface PartProps {
  layout: ReturnType<typeof useLayout>
  panels: readonly PanelId[]
  drawing: PainDrawing
}

/** What floats on the 3D view outside present mode: title, views, help, posture bar, first-use hint. */
function Screen({ layout }: PartProps) {
  return (
    <>
      <div className="stage-top">
        {layout !== 'desk' && (
          <h1 className="title" data-testid="title">
            Hip flexors
          </h1>
        )}
        {layout !== 'phone' && <ViewsPanel />}
        <PresentButton />
        <HelpButton />
      </div>
      {layout === 'desk' && <PostureQuickBar />}
      <FirstUseHint />
    </>
  )
}

/** The panels: a column beside the model on a desk, a dock under it on a tablet or phone. */
function Dock({ layout, panels, drawing }: PartProps) {
  return (
    <aside className="dock" aria-label="Controls">
      {layout === 'desk' && (
        <header className="title">
          <h1>Hip flexors</h1>
          <p>Psoas major and iliacus: the lower back, pelvis and thighs</p>
        </header>
      )}
      {layout === 'desk' && <PanelTabs panels={panels} />}
      {layout !== 'desk' && <InfoPanel />}
      <PanelSheet layout={layout} drawing={drawing} />
      {layout === 'desk' && <InfoPanel />}
      {layout !== 'desk' && (
        <div className="bar">
          <PanelTabs panels={panels} />
          {layout === 'tablet' && <PostureQuickBar />}
        </div>
      )}
    </aside>
  )
}
