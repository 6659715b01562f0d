/**
 * The benchmark's bare baseline: React + React Three Fiber + drei and nothing of ours. A canvas
 * set up like the app's, drei CameraControls, two lights and one small box. `npm run bench`
 * builds it (bench/bare/vite.config.ts → dist-bench-bare/) in the same run as the app, and
 * compares the app's JS size and time to ready with this page's.
 *
 * It marks its first frame the way the app marks ready (src/scene/AnatomyCanvas.tsx): after a
 * drawn frame, a 1-pixel readPixels makes the software rasteriser finish, then
 * `performance.mark('bare-first-frame')` and `data-ready="true"` on the canvas container.
 */
import { CameraControls } from '@react-three/drei'
import { Canvas, addAfterEffect, useThree } from '@react-three/fiber'
import { StrictMode, useCallback, useEffect, useRef, useState } from 'react'
import { createRoot } from 'react-dom/client'

function FirstFrameMark({ onDrawn }: { onDrawn: () => void }) {
  const gl = useThree((s) => s.gl)
  const done = useRef(false)
  useEffect(
    () =>
      addAfterEffect(() => {
        if (done.current) return
        const ctx = gl.getContext()
        ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, new Uint8Array(4))
        done.current = true
        performance.mark('bare-first-frame')
        onDrawn()
      }),
    [gl, onDrawn],
  )
  return null
}

function Bare() {
  const [ready, setReady] = useState(false)
  const markReady = useCallback(() => setReady(true), [])
  return (
    <div style={{ width: '100%', height: '100%' }} data-ready={ready ? 'true' : 'false'} data-testid="canvas-container">
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        gl={{ antialias: true, powerPreference: 'high-performance' }}
        camera={{ fov: 35, near: 0.01, far: 20, position: [0.6, 0.3, 1.4] }}
      >
        <color attach="background" args={['#1d2129']} />
        <ambientLight intensity={0.4} />
        <directionalLight position={[1, 2, 3]} intensity={1.5} />
        <mesh>
          <boxGeometry args={[0.2, 0.2, 0.2]} />
          <meshStandardMaterial color="#d8cfc0" roughness={0.6} />
        </mesh>
        <CameraControls makeDefault />
        <FirstFrameMark onDrawn={markReady} />
      </Canvas>
    </div>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Bare />
  </StrictMode>,
)
