import { beforeEach, describe, expect, it } from 'vitest'
import {
  DRAWING_STORAGE_KEY,
  MAX_UNDO,
  PainDrawing,
  SAVE_FAILED,
  skinKey,
  type DrawingStorage,
} from '../../src/overlays/pain/painDrawing'
import { appStore, resetApp } from '../../src/store/appStore'

// Ten vertices 10 mm apart along x, all facing +Z.
const rest = new Float32Array(Array.from({ length: 10 }, (_, i) => [i * 10, 0, 0]).flat())
const normals = new Float32Array(Array.from({ length: 10 }, () => [0, 0, 1]).flat())
const key = skinKey(rest)
const pain = () => appStore.getState().pain

function strokeAt(drawing: PainDrawing, x: number, mode: 'brush' | 'erase' = 'brush') {
  drawing.beginStroke()
  drawing.dab(rest, normals, [x, 0, 0], [0, 0, 1], 15, mode)
  drawing.endStroke()
}

/** Storage that fails every write, as a full or locked-down browser storage does. */
const fullStorage: DrawingStorage = {
  getItem: () => null,
  setItem: () => {
    throw new DOMException('quota', 'QuotaExceededError')
  },
}

describe('pain drawing (kept on this device only)', () => {
  beforeEach(() => {
    localStorage.clear()
    resetApp()
  })

  it('survives a reload of the same skin, and is stored locally', () => {
    const drawing = new PainDrawing()
    drawing.attach(10, key)
    strokeAt(drawing, 0)
    expect(pain().hasDrawing).toBe(true)
    expect(localStorage.getItem(DRAWING_STORAGE_KEY)).toContain(key)
    // "Reload": a new app attaches the same skin from storage.
    const reloaded = new PainDrawing()
    reloaded.attach(10, key)
    expect(reloaded.values![0]).toBe(1)
    expect(reloaded.values![5]).toBe(0)
    expect(pain().drawingNotice).toBeNull()
  })

  it('keeps its values and undo when the same skin is attached again (a remount or resize)', () => {
    const drawing = new PainDrawing()
    drawing.attach(10, key)
    strokeAt(drawing, 0)
    strokeAt(drawing, 90)
    drawing.attach(10, key)
    expect(drawing.undoDepth).toBe(2)
    expect(pain().undoDepth).toBe(2)
    drawing.undo()
    expect(drawing.values![9]).toBe(0)
    expect(drawing.values![0]).toBe(1)
  })

  it('does not paint a drawing from another mesh onto this one, and says so', () => {
    const drawing = new PainDrawing()
    drawing.attach(10, key)
    strokeAt(drawing, 0)
    const other = new PainDrawing()
    other.attach(10, 'another-mesh')
    expect(other.values!.every((v) => v === 0)).toBe(true)
    expect(pain().drawingNotice).toMatch(/could not be restored/)
  })

  it('undoes one stroke at a time, at most MAX_UNDO deep; clearing can be undone too', () => {
    const drawing = new PainDrawing()
    drawing.attach(10, key)
    strokeAt(drawing, 0)
    strokeAt(drawing, 90)
    expect(pain().undoDepth).toBe(2)
    drawing.undo()
    expect(drawing.values![9]).toBe(0)
    expect(drawing.values![0]).toBe(1)
    drawing.clear()
    expect(pain().hasDrawing).toBe(false)
    drawing.undo()
    expect(drawing.values![0]).toBe(1)
    // The stored copy follows every change.
    const reloaded = new PainDrawing()
    reloaded.attach(10, key)
    expect(reloaded.values![0]).toBe(1)
    for (let i = 0; i < MAX_UNDO + 5; i++) strokeAt(drawing, (i % 10) * 10)
    expect(drawing.undoDepth).toBe(MAX_UNDO)
  })

  it('erases', () => {
    const drawing = new PainDrawing()
    drawing.attach(10, key)
    strokeAt(drawing, 40)
    strokeAt(drawing, 40, 'erase')
    expect(drawing.values!.every((v) => v === 0)).toBe(true)
    expect(pain().hasDrawing).toBe(false)
  })

  it('keeps drawing when storage is full, and says the drawing could not be saved', () => {
    const drawing = new PainDrawing(fullStorage)
    drawing.attach(10, key)
    strokeAt(drawing, 0)
    expect(drawing.values![0]).toBe(1)
    expect(pain().drawingNotice).toMatch(/could not be saved/)
  })

  it('clears the could-not-save notice once a later stroke is saved', () => {
    let full = true
    const flaky: DrawingStorage = {
      getItem: () => null,
      setItem: (k, v) => {
        if (full) throw new DOMException('quota', 'QuotaExceededError')
        localStorage.setItem(k, v)
      },
    }
    const drawing = new PainDrawing(flaky)
    drawing.attach(10, key)
    strokeAt(drawing, 0)
    expect(pain().drawingNotice).toBe(SAVE_FAILED)
    full = false
    strokeAt(drawing, 90)
    expect(pain().drawingNotice).toBeNull()
    expect(localStorage.getItem(DRAWING_STORAGE_KEY)).toContain(key)
  })

  it('tells listeners about every dab, and the store only after the stroke', () => {
    const drawing = new PainDrawing()
    drawing.attach(10, key)
    let heard = 0
    const off = drawing.subscribe(() => heard++)
    const revision = pain().drawingRevision
    drawing.beginStroke()
    drawing.dab(rest, normals, [0, 0, 0], [0, 0, 1], 15, 'brush')
    drawing.dab(rest, normals, [50, 0, 0], [0, 0, 1], 15, 'brush')
    expect(heard).toBe(2)
    expect(pain().drawingRevision).toBe(revision)
    drawing.endStroke()
    expect(pain().drawingRevision).toBe(revision + 1)
    off()
  })

  describe('another tab saving a drawing at the same time', () => {
    /** What another tab with a stroke at `x` would store. */
    function otherTabStores(x: number): string {
      let raw = ''
      const other = new PainDrawing({ getItem: () => null, setItem: (_k, v) => void (raw = v) })
      other.attach(10, key)
      strokeAt(other, x)
      return raw
    }
    const stored = () => localStorage.getItem(DRAWING_STORAGE_KEY)

    it("holds this tab's saves once the other tab saved a different drawing, and can show the other drawing", () => {
      const drawing = new PainDrawing()
      drawing.attach(10, key)
      strokeAt(drawing, 0)
      const theirs = otherTabStores(90)
      localStorage.setItem(DRAWING_STORAGE_KEY, theirs)
      drawing.otherTabSaved(theirs)
      expect(pain().drawingClash).toBe('changed')
      // A stroke here now is kept but not saved over theirs.
      strokeAt(drawing, 40)
      expect(drawing.values![4]).toBe(1)
      expect(stored()).toBe(theirs)
      drawing.takeOtherTab()
      expect(pain().drawingClash).toBeNull()
      expect([drawing.values![0], drawing.values![4], drawing.values![9]]).toEqual([0, 0, 1])
      // Undo brings this tab's drawing back, and saving resumes.
      drawing.undo()
      expect([drawing.values![0], drawing.values![4], drawing.values![9]]).toEqual([1, 1, 0])
      expect(stored()).not.toBe(theirs)
    })

    it("keeps this tab's drawing when asked, saving it over the other", () => {
      const drawing = new PainDrawing()
      drawing.attach(10, key)
      strokeAt(drawing, 0)
      const mine = stored()
      const theirs = otherTabStores(90)
      localStorage.setItem(DRAWING_STORAGE_KEY, theirs)
      drawing.otherTabSaved(theirs)
      drawing.keepThisTab()
      expect(pain().drawingClash).toBeNull()
      expect(stored()).toBe(mine)
      expect(drawing.values![0]).toBe(1)
    })

    it('asks when the other tab removed the drawing (a new patient there) and this one has paint', () => {
      const drawing = new PainDrawing()
      drawing.attach(10, key)
      strokeAt(drawing, 0)
      localStorage.removeItem(DRAWING_STORAGE_KEY)
      drawing.otherTabSaved(null)
      expect(pain().drawingClash).toBe('cleared')
      drawing.takeOtherTab()
      expect(drawing.hasPaint).toBe(false)
      expect(pain().drawingClash).toBeNull()
    })

    it('is no clash when the other tab saved the same drawing, or this tab has no paint to lose', () => {
      const drawing = new PainDrawing()
      drawing.attach(10, key)
      drawing.otherTabSaved(null)
      expect(pain().drawingClash).toBeNull()
      // Nothing painted here: the other tab's drawing is simply shown.
      drawing.otherTabSaved(otherTabStores(90))
      expect(pain().drawingClash).toBeNull()
      expect(drawing.values![9]).toBe(1)
      drawing.otherTabSaved(otherTabStores(90))
      expect(pain().drawingClash).toBeNull()
      // A new patient here settles any clash too.
      drawing.otherTabSaved(otherTabStores(0))
      expect(pain().drawingClash).toBe('changed')
      drawing.reset()
      expect(pain().drawingClash).toBeNull()
    })
  })
})
