import { appStore } from '../../store/appStore'
import { reportDrawing, setDrawingClash, setDrawingNotice } from '../../store/painSlice'
import { dab, decodeDrawing, encodeDrawing } from './brush'

/** Where a drawing is kept between visits: the browser's local storage, or a stand-in in tests. */
export interface DrawingStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  /** Forget a key (local storage has it; a stand-in without it gets an empty drawing saved instead). */
  removeItem?(key: string): void
}

/** The arguments of `brush.dab` after the values it paints. */
export type DabArgs = Parameters<typeof dab> extends [Float32Array, ...infer Rest] ? Rest : never

/** The local-storage key of the saved drawing. */
export const DRAWING_STORAGE_KEY = 'hip-flexors.pain-drawing.v1'
/** Strokes that Undo can take back. */
export const MAX_UNDO = 40
/** What the user is told when a stroke could not be stored. */
export const SAVE_FAILED = 'The drawing could not be saved on this device (browser storage is unavailable or full).'
/** A vertex counts as painted above this value (the brush's soft rim leaves smaller ones). */
const PAINTED = 0.03

interface Stored {
  readonly model: string
  readonly count: number
  readonly data: string
}

/** The browser's local storage, or null where even touching it throws (some privacy modes). */
export function browserStorage(): DrawingStorage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

/**
 * The patient's pain drawing: one value (0–1) per skin vertex, with its undo history, kept in
 * memory and in this browser's storage only. Nothing here is ever sent anywhere.
 *
 * One instance lives as long as the app (the UI creates it and hands it to the skin layer and the
 * pain panel), so remounting or resizing the 3D view loses neither the drawing nor its undo.
 * Listeners hear of every change to the values; the store hears a summary (undo depth, painted
 * or not) after each stroke, undo or clear.
 */
export class PainDrawing {
  private current: Float32Array | null = null
  private key = ''
  private readonly undoStack: Float32Array[] = []
  private readonly listeners = new Set<() => void>()
  /**
   * What another tab left in storage since this tab last saved (null: it removed the drawing), or
   * undefined when no other tab has touched it. While set, this tab does not save.
   */
  private otherTab: string | null | undefined = undefined

  constructor(private readonly storage: DrawingStorage | null = browserStorage()) {}

  /** The values (null until a skin has been attached). Read-only for callers. */
  get values(): Readonly<Float32Array> | null {
    return this.current
  }

  /** How many strokes Undo can take back. */
  get undoDepth(): number {
    return this.undoStack.length
  }

  /** True when any vertex is painted. */
  get hasPaint(): boolean {
    return this.current ? this.current.some((v) => v > PAINTED) : false
  }

  /** Be told whenever the values change (the skin re-uploads them). Returns the unsubscribe. */
  subscribe(fn: () => void): () => void {
    this.listeners.add(fn)
    return () => this.listeners.delete(fn)
  }

  /**
   * Start the drawing for a skin of `count` vertices identified by `key` (a fingerprint of its
   * geometry, {@link skinKey}), restoring a saved one made on the same skin. Attaching the skin
   * the drawing already has changes nothing: the values and the undo history stay.
   */
  attach(count: number, key: string): void {
    if (this.current && this.current.length === count && this.key === key) return
    this.key = key
    this.undoStack.length = 0
    this.current = new Float32Array(count)
    let notice: string | null = null
    let raw: string | null = null
    try {
      raw = this.storage?.getItem(DRAWING_STORAGE_KEY) ?? null
    } catch {
      notice = 'Saved drawings cannot be read: browser storage is unavailable.'
    }
    if (raw) {
      const decoded = decodeStored(raw, key, count)
      if (decoded) this.current = decoded
      else
        notice =
          'A saved drawing could not be restored (it was made on a different body model or is damaged). It has been kept in storage until you draw again.'
    }
    setDrawingNotice(notice)
    this.changed()
  }

  /**
   * Replace the drawing with `values` (one 0–1 value per vertex: a drawing opened from a link) as
   * one undo step, so Undo brings back what was there. Only on the skin it was painted on: `key`
   * must be the attached skin's fingerprint and the count must match; otherwise nothing changes
   * and it returns false.
   */
  load(values: ArrayLike<number>, key: string): boolean {
    if (!this.current || key !== this.key || values.length !== this.current.length) return false
    this.pushUndo()
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!
      this.current[i] = v > 0 ? Math.min(v, 1) : 0 // NaN and negatives are no paint
    }
    this.save()
    this.changed()
    return true
  }

  /** The fingerprint of the skin the drawing is on ({@link skinKey}); empty until one is attached. */
  get attachedKey(): string {
    return this.key
  }

  /** Call before the first dab of a stroke: the stroke becomes one undo step. */
  beginStroke(): void {
    if (!this.current) return
    this.pushUndo()
  }

  /** Paint or erase one dab on the rest-frame skin (mm): `brush.dab`'s arguments after the values. */
  dab(...args: DabArgs): void {
    if (!this.current) return
    if (dab(this.current, ...args) > 0) this.notify()
  }

  /** The stroke is over: store it and update the summary (and so the ranking). */
  endStroke(): void {
    if (!this.current) return
    this.save()
    this.changed()
  }

  /** Take back the last stroke (or clear). */
  undo(): void {
    const prev = this.undoStack.pop()
    if (!this.current || !prev) return
    this.current.set(prev)
    this.save()
    this.changed()
  }

  /** Clear the drawing (the UI asks for confirmation first). Undo brings it back. */
  clear(): void {
    if (!this.current) return
    this.pushUndo()
    this.current.fill(0)
    this.save()
    this.changed()
  }

  /**
   * Start afresh for a new patient: no paint, no undo history (Undo must not bring back the last
   * patient's drawing), and no stored copy, so a reload does not restore it either.
   */
  reset(): void {
    this.undoStack.length = 0
    this.current?.fill(0)
    this.otherTab = undefined
    setDrawingClash(null)
    setDrawingNotice(null)
    try {
      if (this.storage?.removeItem) this.storage.removeItem(DRAWING_STORAGE_KEY)
      else this.save()
    } catch {
      // Storage that throws when touched is out of reach: there is nothing there we could forget.
    }
    this.changed()
  }

  /**
   * Another tab or window of the app wrote the saved drawing (`raw`, the new stored text, or null
   * when it removed it): the browser's `storage` event, which only other tabs receive. Saving
   * would now overwrite their drawing without a word, so this tab stops saving and asks
   * ({@link takeOtherTab} or {@link keepThisTab}); its own strokes stay in memory meanwhile. A write
   * that leaves the same drawing as this tab's is no clash, and a tab with no paint simply shows
   * the other tab's drawing.
   */
  otherTabSaved(raw: string | null): void {
    if (!this.current) return
    if (raw !== null) {
      const theirs = decodeStored(raw, this.key, this.current.length)
      if (theirs && theirs.every((v, i) => Math.abs(v - this.current![i]!) < 1e-3)) {
        this.otherTab = undefined
        setDrawingClash(null)
        return
      }
      // Nothing painted here, so nothing to lose: follow the other tab (Undo goes back).
      if (theirs && !this.hasPaint) {
        this.otherTab = undefined
        setDrawingClash(null)
        this.pushUndo()
        this.current.set(theirs)
        this.changed()
        return
      }
    } else if (!this.hasPaint) {
      this.otherTab = undefined
      setDrawingClash(null)
      return
    }
    this.otherTab = raw
    setDrawingClash(raw === null ? 'cleared' : 'changed')
  }

  /**
   * Settle a clash by taking what the other tab saved (an empty drawing when it removed it), as
   * one undo step: Undo brings this tab's drawing back. A stored drawing made on another body
   * model cannot be shown here; this tab's drawing then stays and is saved.
   */
  takeOtherTab(): void {
    if (!this.current || this.otherTab === undefined) return
    const theirs =
      this.otherTab === null
        ? new Float32Array(this.current.length)
        : decodeStored(this.otherTab, this.key, this.current.length)
    this.otherTab = undefined
    setDrawingClash(null)
    if (!theirs) {
      this.save()
      return
    }
    this.pushUndo()
    this.current.set(theirs)
    this.changed()
  }

  /** Settle a clash by keeping this tab's drawing: it is saved now, replacing the other tab's. */
  keepThisTab(): void {
    if (this.otherTab === undefined) return
    this.otherTab = undefined
    setDrawingClash(null)
    this.save()
  }

  private pushUndo(): void {
    this.undoStack.push(this.current!.slice())
    if (this.undoStack.length > MAX_UNDO) this.undoStack.shift()
  }

  private notify(): void {
    for (const fn of this.listeners) fn()
  }

  private changed(): void {
    reportDrawing({ undoDepth: this.undoStack.length, hasDrawing: this.hasPaint })
    this.notify()
  }

  private save(): void {
    // Held while another tab's drawing is waiting for the user's choice (see `otherTabSaved`).
    if (!this.current || this.otherTab !== undefined) return
    try {
      const stored: Stored = { model: this.key, count: this.current.length, data: encodeDrawing(this.current) }
      if (!this.storage) throw new Error('no storage')
      this.storage.setItem(DRAWING_STORAGE_KEY, JSON.stringify(stored))
      // Saved after all (space was freed): the warning no longer holds.
      if (appStore.getState().pain.drawingNotice === SAVE_FAILED) setDrawingNotice(null)
    } catch {
      setDrawingNotice(SAVE_FAILED)
    }
  }
}

/** The saved drawing if it was made on the skin `key` with `count` vertices; null otherwise. */
function decodeStored(raw: string, key: string, count: number): Float32Array | null {
  let stored: Partial<Stored> | null
  try {
    stored = JSON.parse(raw) as Partial<Stored>
  } catch {
    return null
  }
  return stored && stored.model === key && typeof stored.data === 'string' ? decodeDrawing(stored.data, count) : null
}

/** Fingerprint of a skin's rest geometry, so a drawing is only restored on the mesh it was made on. */
export function skinKey(rest: Float32Array): string {
  let h = 2166136261
  for (let i = 0; i < rest.length; i += 7) {
    h ^= Math.round(rest[i]! * 10) & 0xffff
    h = Math.imul(h, 16777619) >>> 0
  }
  return `${rest.length / 3}:${h.toString(16)}`
}
