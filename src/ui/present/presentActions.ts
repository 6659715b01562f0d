import { appStore } from '../../store/appStore'
import { openPanel, setHelpOpen, setPresenting } from '../../store/screenSlice'
import { leaveStory } from '../../store/storyActions'
import { enterFullscreen, exitFullscreen } from './fullscreen'

/** Panel open when present mode began, so leaving it gives the clinician their screen back. */
let panelBefore: ReturnType<typeof appStore.getState>['screen']['openPanel'] = null

/** Present: hide every panel, ask for full screen, show the large controls. */
export function startPresenting(): void {
  const { screen } = appStore.getState()
  if (screen.presenting) return
  panelBefore = screen.openPanel
  setHelpOpen(false)
  setPresenting(true)
  enterFullscreen()
}

/** Back to the full screen of panels; a running story is paused at its step. */
export function stopPresenting(): void {
  if (!appStore.getState().screen.presenting) return
  leaveStory()
  setPresenting(false)
  openPanel(panelBefore)
  exitFullscreen()
}
