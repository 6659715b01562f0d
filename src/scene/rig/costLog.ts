/**
 * The last few thousand timings of one piece of per-frame work (ms), for the benchmark to read
 * through the screen probe. Owned by whoever does the work; nothing else writes to it.
 */
export class CostLog {
  private readonly buf: Float64Array
  private next = 0
  private count = 0

  constructor(readonly capacity = 2000) {
    this.buf = new Float64Array(capacity)
  }

  /** Record one timing. */
  push(ms: number): void {
    this.buf[this.next] = ms
    this.next = (this.next + 1) % this.capacity
    this.count = Math.min(this.count + 1, this.capacity)
  }

  /** The kept timings, oldest first. */
  values(): number[] {
    const out: number[] = []
    const start = this.count < this.capacity ? 0 : this.next
    for (let i = 0; i < this.count; i++) out.push(this.buf[(start + i) % this.capacity]!)
    return out
  }
}
