import { useMemo } from 'react'
import { AnatomyCanvas, type CanvasOptions } from '../scene/AnatomyCanvas'
import { CanvasErrorBoundary } from './CanvasErrorBoundary'
import { InfoPanel } from './InfoPanel'
import { LayersPanel } from './LayersPanel'
import { NoWebGL } from './NoWebGL'
import { StatusPanel } from './StatusPanel'
import { ViewsPanel } from './ViewsPanel'
import { hasWebGL2 } from './webgl'

/** Read scene options from the URL (`?autorotate=0.2&aa=0`); anything malformed falls back to defaults. */
export function canvasOptions(search: string): CanvasOptions {
  const q = new URLSearchParams(search)
  const speed = Number(q.get('autorotate') ?? 0)
  return {
    autoRotate: Number.isFinite(speed) && speed > 0 && speed < 10 ? speed : 0,
    antialias: q.get('aa') !== '0',
  }
}

/** The whole app: the 3D view with its panels, or a clear message when 3D is unavailable. */
export function App() {
  const webgl = useMemo(() => hasWebGL2(), [])
  const options = useMemo(() => canvasOptions(window.location.search), [])
  if (!webgl) return <NoWebGL />
  return (
    <div className="app">
      <CanvasErrorBoundary>
        <AnatomyCanvas options={options} />
      </CanvasErrorBoundary>
      <header className="title">
        <h1>Hip flexors</h1>
        <p>Psoas major &amp; iliacus: pelvis, lumbar spine, femurs</p>
      </header>
      <LayersPanel />
      <ViewsPanel />
      <InfoPanel />
      <StatusPanel />
    </div>
  )
}
