import { beforeEach, describe, expect, it } from 'vitest'
import { DRAWING_STORAGE_KEY, PainDrawing, skinKey, type DrawingStorage } from '../../src/overlays/pain/painDrawing'
import { appStore, resetApp } from '../../src/store/appStore'

// Ten vertices 10 mm apart along x, all facing +Z.
const rest = new Float32Array(Array.from({ length: 10 }, (_, i) => [i * 10, 0, 0]).flat())
const normals = new Float32Array(Array.from({ length: 10 }, () => [0, 0, 1]).flat())
const key = skinKey(rest)
const pain = () => appStore.getState().pain

function strokeAt(drawing: PainDrawing, x: number) {
  drawing.beginStroke()
  drawing.dab(rest, normals, [x, 0, 0], [0, 0, 1], 15, 'brush')
  drawing.endStroke()
}

describe('a fresh drawing for a new patient (reset)', () => {
  beforeEach(() => {
    localStorage.clear()
    resetApp()
  })

  it('empties the drawing and its undo history, and forgets the stored copy', () => {
    const drawing = new PainDrawing()
    drawing.attach(10, key)
    strokeAt(drawing, 0)
    drawing.clear()
    expect(drawing.undoDepth).toBe(2)
    drawing.undo() // a cleared drawing can be brought back…
    expect(drawing.hasPaint).toBe(true)
    drawing.reset()
    // …a reset one cannot.
    expect(drawing.hasPaint).toBe(false)
    expect(drawing.undoDepth).toBe(0)
    drawing.undo()
    expect(drawing.hasPaint).toBe(false)
    expect(pain()).toMatchObject({ hasDrawing: false, undoDepth: 0 })
    expect(localStorage.getItem(DRAWING_STORAGE_KEY)).toBeNull()
    // A reload attaches nothing of it.
    const reloaded = new PainDrawing()
    reloaded.attach(10, key)
    expect(reloaded.hasPaint).toBe(false)
  })

  it('saves an empty drawing over the old one where the storage cannot forget a key', () => {
    const items = new Map<string, string>()
    const storage: DrawingStorage = { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) }
    const drawing = new PainDrawing(storage)
    drawing.attach(10, key)
    strokeAt(drawing, 0)
    drawing.reset()
    const reloaded = new PainDrawing(storage)
    reloaded.attach(10, key)
    expect(reloaded.hasPaint).toBe(false)
    expect(pain().drawingNotice).toBeNull()
  })
})
