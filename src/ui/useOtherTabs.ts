import { useEffect } from 'react'
import { DRAWING_STORAGE_KEY, type PainDrawing } from '../overlays/pain/painDrawing'

/**
 * Hear when another tab or window of the app changes the saved drawing. The browser's `storage`
 * event reaches every other tab of the same origin, never the one that wrote. A `clear()` of all
 * storage there arrives with no key, and it removes the drawing too.
 */
export function useOtherTabs(drawing: PainDrawing): void {
  useEffect(() => {
    const heard = (e: StorageEvent) => {
      if (e.key === DRAWING_STORAGE_KEY) drawing.otherTabSaved(e.newValue)
      else if (e.key === null) drawing.otherTabSaved(null)
    }
    window.addEventListener('storage', heard)
    return () => window.removeEventListener('storage', heard)
  }, [drawing])
}
