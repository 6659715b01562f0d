/**
 * Full screen where the browser allows it. Browsers only grant it in answer to a tap or key, and
 * some (iPhone Safari) not at all: present mode works the same without it.
 */
export function enterFullscreen(): void {
  const el = document.documentElement
  if (document.fullscreenElement || typeof el.requestFullscreen !== 'function') return
  el.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined)
}

/** Leave full screen if the page is in it. */
export function exitFullscreen(): void {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function')
    document.exitFullscreen().catch(() => undefined)
}
