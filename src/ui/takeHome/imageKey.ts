import { KEY_COLORS } from './keyColors'
import { KEY_WORDS, type KeyEntry } from './takeHomeWords'

/**
 * The key of a saved image, drawn on a 2D canvas: one swatch per mark on the picture, drawn the way
 * the 3D view draws it (solid heat colours, dots, a cross, blue hatching, stripes), with its words.
 */

/** Draw one swatch of `size` px at (x, y). */
export function drawSwatch(g: CanvasRenderingContext2D, entry: KeyEntry, x: number, y: number, size: number): void {
  g.save()
  g.beginPath()
  g.rect(x, y, size, size)
  g.clip()
  const dots = (color: string, ground: string) => {
    g.fillStyle = ground
    g.fillRect(x, y, size, size)
    g.fillStyle = color
    const step = size / 4
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++) {
        g.beginPath()
        g.arc(x + step * (i + 0.5), y + step * (j + 0.5), step * 0.3, 0, Math.PI * 2)
        g.fill()
      }
  }
  const stripes = (color: string, ground: string, every: number) => {
    g.fillStyle = ground
    g.fillRect(x, y, size, size)
    g.strokeStyle = color
    g.lineWidth = every / 2
    for (let d = -size; d < size * 2; d += every) {
      g.beginPath()
      g.moveTo(x + d, y + size)
      g.lineTo(x + d + size, y)
      g.stroke()
    }
  }
  switch (entry) {
    case 'heat': {
      const ramp = g.createLinearGradient(x, 0, x + size, 0)
      KEY_COLORS.heat.forEach((c, i) => ramp.addColorStop(i / (KEY_COLORS.heat.length - 1), c))
      g.fillStyle = ramp
      g.fillRect(x, y, size, size)
      break
    }
    case 'spillover':
      dots(KEY_COLORS.heat[1]!, KEY_COLORS.skin)
      break
    case 'cross': {
      g.fillStyle = '#ffffff'
      g.fillRect(x, y, size, size)
      g.strokeStyle = '#111111'
      g.lineWidth = size / 7
      const m = size * 0.22
      g.beginPath()
      g.moveTo(x + m, y + m)
      g.lineTo(x + size - m, y + size - m)
      g.moveTo(x + size - m, y + m)
      g.lineTo(x + m, y + size - m)
      g.stroke()
      break
    }
    case 'drawing':
      stripes(KEY_COLORS.drawing, KEY_COLORS.drawingLight, size / 4)
      break
    case 'origin':
      stripes(KEY_COLORS.origin, '#f2d9c4', size / 4)
      break
    case 'insertion':
      dots('#dfe9f3', KEY_COLORS.insertion)
      break
  }
  g.restore()
  g.strokeStyle = '#5a6270'
  g.lineWidth = 1
  g.strokeRect(x + 0.5, y + 0.5, size - 1, size - 1)
}

/** Break `text` into lines no wider than `width` px in the context's current font. */
export function wrapText(g: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word
    if (line && g.measureText(next).width > width) {
      lines.push(line)
      line = word
    } else line = next
  }
  if (line) lines.push(line)
  return lines
}

/** The key's rows (swatch + wrapped words) at a width; returns the height used. */
export function drawKey(
  g: CanvasRenderingContext2D,
  entries: readonly KeyEntry[],
  x: number,
  y: number,
  width: number,
  fontPx: number,
  draw = true,
): number {
  const size = Math.round(fontPx * 1.2)
  const gap = Math.round(fontPx * 0.6)
  const lineH = Math.round(fontPx * 1.3)
  let at = y
  for (const e of entries) {
    const lines = wrapText(g, KEY_WORDS[e], width - size - gap)
    if (draw) {
      drawSwatch(g, e, x, at, size)
      lines.forEach((l, i) => g.fillText(l, x + size + gap, at + i * lineH))
    }
    at += Math.max(size, lines.length * lineH) + gap
  }
  return at - y
}
