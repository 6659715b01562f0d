import { Component, type ReactNode } from 'react'
import { NoWebGL } from './NoWebGL'

/** Catches a failure to start the 3D view (e.g. WebGL context creation) and explains it. */
export class CanvasErrorBoundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null }
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
  override render() {
    return this.state.error !== null ? <NoWebGL detail="the 3D view could not start" /> : this.props.children
  }
}
