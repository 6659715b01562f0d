/** Input types that take typed characters: there, digits and letters are text, not shortcut keys. */
const TEXT_INPUTS = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url'])

/** True when focus is in a field that types text: shortcut keys must not steal its characters. */
export const isTyping = (t: EventTarget | null): boolean => {
  const el = t as HTMLElement | null
  if (!el || !el.tagName) return false
  if (el.tagName === 'TEXTAREA' || el.isContentEditable) return true
  return el.tagName === 'INPUT' && TEXT_INPUTS.has((el as HTMLInputElement).type)
}

/** True when the focused control moves with arrow keys itself (sliders, radios, menus, text). */
export const usesArrows = (t: EventTarget | null): boolean => {
  const el = t as HTMLElement | null
  if (!el || !el.tagName) return false
  if (isTyping(el) || el.tagName === 'SELECT') return true
  return el.tagName === 'INPUT' && ['range', 'radio'].includes((el as HTMLInputElement).type)
}
