import { useEffect, useState } from 'react'

/** Where we remember that the hint was seen. Only a flag: nothing about the patient. */
const SEEN_KEY = 'iliopsoas-viewer.hint-seen'

const seenBefore = (): boolean => {
  try {
    return window.localStorage.getItem(SEEN_KEY) === '1'
  } catch {
    return false // storage blocked: show the hint, it is harmless
  }
}
const remember = (): void => {
  try {
    window.localStorage.setItem(SEEN_KEY, '1')
  } catch {
    // Storage full or blocked: the hint shows again next time, which is all that is lost.
  }
}

/**
 * A short first-use hint for turning, zooming and sliding the model, in the words of the device
 * in hand (mouse or touch). It goes at the first touch, click or key anywhere, and stays gone.
 */
export function FirstUseHint() {
  const [shown, setShown] = useState(() => !seenBefore())
  useEffect(() => {
    if (!shown) return
    const done = () => {
      remember()
      setShown(false)
    }
    // Any first interaction ends it, wherever it happens.
    window.addEventListener('pointerdown', done, { once: true })
    window.addEventListener('keydown', done, { once: true })
    return () => {
      window.removeEventListener('pointerdown', done)
      window.removeEventListener('keydown', done)
    }
  }, [shown])
  if (!shown) return null
  const touch = window.matchMedia?.('(pointer: coarse)').matches === true
  return (
    <p className="panel hint" role="note" data-ui-box="">
      {touch
        ? 'Drag a finger to turn the model, pinch to zoom, drag two fingers to slide it. Tap a part to name it.'
        : 'Drag to turn the model, scroll to zoom, right-drag to slide it. Click a part to name it.'}
    </p>
  )
}
