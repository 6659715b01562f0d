import { beforeEach, describe, expect, it } from 'vitest'
import {
  DRAWING_STORAGE_KEY,
  attachDrawing,
  beginStroke,
  clearDrawing,
  drawingValues,
  endStroke,
  paintDab,
  skinKey,
  undoDrawing,
} from '../../src/store/painDrawing'
import { painStore, resetPain } from '../../src/store/painStore'

// Ten vertices 10 mm apart along x, all facing +Z.
const rest = new Float32Array(Array.from({ length: 10 }, (_, i) => [i * 10, 0, 0]).flat())
const normals = new Float32Array(Array.from({ length: 10 }, () => [0, 0, 1]).flat())
const key = skinKey(rest)

function strokeAt(x: number, mode: 'brush' | 'erase' = 'brush') {
  beginStroke()
  paintDab(rest, normals, [x, 0, 0], [0, 0, 1], 15, mode)
  endStroke()
}

describe('pain drawing (kept on this device only)', () => {
  beforeEach(() => {
    localStorage.clear()
    resetPain()
  })

  it('survives a reload of the same skin, and is stored locally', () => {
    attachDrawing(10, key)
    strokeAt(0)
    expect(painStore.getState().hasDrawing).toBe(true)
    expect(localStorage.getItem(DRAWING_STORAGE_KEY)).toContain(key)
    // "Reload": attach again from storage.
    attachDrawing(10, key)
    expect(drawingValues()![0]).toBe(1)
    expect(drawingValues()![5]).toBe(0)
    expect(painStore.getState().drawingNotice).toBeNull()
  })

  it('does not paint a drawing from another mesh onto this one, and says so', () => {
    attachDrawing(10, key)
    strokeAt(0)
    attachDrawing(10, 'another-mesh')
    expect(drawingValues()!.every((v) => v === 0)).toBe(true)
    expect(painStore.getState().drawingNotice).toMatch(/could not be restored/)
  })

  it('undoes one stroke at a time; clearing can be undone too', () => {
    attachDrawing(10, key)
    strokeAt(0)
    strokeAt(90)
    expect(painStore.getState().undoDepth).toBe(2)
    undoDrawing()
    expect(drawingValues()![9]).toBe(0)
    expect(drawingValues()![0]).toBe(1)
    clearDrawing()
    expect(painStore.getState().hasDrawing).toBe(false)
    undoDrawing()
    expect(drawingValues()![0]).toBe(1)
    // The stored copy follows every change.
    attachDrawing(10, key)
    expect(drawingValues()![0]).toBe(1)
  })

  it('erases', () => {
    attachDrawing(10, key)
    strokeAt(40)
    strokeAt(40, 'erase')
    expect(drawingValues()!.every((v) => v === 0)).toBe(true)
    expect(painStore.getState().hasDrawing).toBe(false)
  })
})
