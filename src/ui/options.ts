import type { CanvasOptions } from '../scene/AnatomyCanvas'

/** Read scene options from the URL (`?autorotate=0.2&aa=0&render=continuous`); anything malformed falls back to defaults. */
export function canvasOptions(search: string): CanvasOptions {
  const q = new URLSearchParams(search)
  const speed = Number(q.get('autorotate') ?? 0)
  return {
    autoRotate: Number.isFinite(speed) && speed > 0 && speed < 10 ? speed : 0,
    antialias: q.get('aa') !== '0',
    continuous: q.get('render') === 'continuous',
  }
}
