import { useMemo } from 'react'
import { PainDrawing } from '../overlays/pain/painDrawing'
import { AnatomyCanvas } from '../scene/AnatomyCanvas'
import { canvasOptions } from './options'
import { CanvasErrorBoundary } from './CanvasErrorBoundary'
import { InfoPanel } from './InfoPanel'
import { LayersPanel } from './LayersPanel'
import { NoWebGL } from './NoWebGL'
import { PainPanel } from './PainPanel'
import { PosturePanel } from './PosturePanel'
import { StatusPanel } from './StatusPanel'
import { ViewsPanel } from './ViewsPanel'
import { hasWebGL2 } from './webgl'

/** The whole app: the 3D view with its panels, or a clear message when 3D is unavailable. */
export function App() {
  const webgl = useMemo(() => hasWebGL2(), [])
  const options = useMemo(() => canvasOptions(window.location.search), [])
  // The patient's drawing lives as long as the app: the canvas and the panels share this one.
  const drawing = useMemo(() => new PainDrawing(), [])
  if (!webgl) return <NoWebGL />
  return (
    <div className="app">
      <CanvasErrorBoundary>
        <AnatomyCanvas options={options} drawing={drawing} />
      </CanvasErrorBoundary>
      <header className="title">
        <h1>Hip flexors</h1>
        <p>Psoas major &amp; iliacus: pelvis, lumbar spine, femurs</p>
      </header>
      <div className="left-column">
        <LayersPanel />
        <PainPanel drawing={drawing} />
      </div>
      <ViewsPanel />
      <PosturePanel />
      <InfoPanel />
      <StatusPanel />
    </div>
  )
}
