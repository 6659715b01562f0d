import { useEffect } from 'react'
import { appStore } from '../../store/appStore'
import { moveStory } from '../../store/storyActions'
import { isTyping } from '../../scene/keyTargets'
import { startPresenting, stopPresenting } from './presentActions'

/** Keys that turn the story's page: on (→, space, Page Down) and back (←, Page Up). */
const NEXT_KEYS = new Set(['ArrowRight', ' ', 'PageDown'])
const BACK_KEYS = new Set(['ArrowLeft', 'PageUp'])

/**
 * Present mode's keys: `P` enters and leaves it, `Esc` leaves it, and while the story runs the
 * arrows, space and Page Up / Down move through it. Leaving the browser's full screen (its own
 * Esc) leaves present mode too.
 */
export function usePresentKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return
      const { screen, session } = appStore.getState()
      if (e.key === 'p' || e.key === 'P') {
        if (screen.helpOpen) return
        if (screen.presenting) stopPresenting()
        else startPresenting()
        e.preventDefault()
        return
      }
      if (!screen.presenting) return
      if (e.key === 'Escape') {
        stopPresenting()
        return
      }
      if (!session.storyActive) return
      // Space on a focused button presses that button; it does not also turn the page.
      const onButton = (e.target as HTMLElement | null)?.tagName === 'BUTTON'
      if (NEXT_KEYS.has(e.key) && !(e.key === ' ' && onButton)) moveStory(1)
      else if (BACK_KEYS.has(e.key)) moveStory(-1)
      else return
      e.preventDefault()
    }
    let wasFull = false
    const onFullscreen = () => {
      const full = document.fullscreenElement !== null
      if (wasFull && !full) stopPresenting()
      wasFull = full
    }
    window.addEventListener('keydown', onKey)
    document.addEventListener('fullscreenchange', onFullscreen)
    return () => {
      window.removeEventListener('keydown', onKey)
      document.removeEventListener('fullscreenchange', onFullscreen)
    }
  }, [])
}
