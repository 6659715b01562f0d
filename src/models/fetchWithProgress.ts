import { classifyResponse, firstNonSpaceByte, STALL_SECONDS, type Trouble } from './problems'

/** A download that came whole. */
export interface Fetched {
  readonly bytes: Uint8Array<ArrayBuffer>
  readonly contentType: string
}

/** A download that did not: why, in the loader's terms (`troubleProblem` words it). */
export class FetchTrouble extends Error {
  constructor(readonly trouble: Trouble) {
    super(trouble.kind)
    this.name = 'FetchTrouble'
  }
}

/** Options for {@link fetchWithProgress}. */
export interface FetchOptions {
  /** Called with the bytes in so far, after every chunk. */
  readonly onProgress?: (loaded: number) => void
  /** Ends the download (the app closing it, not a failure): rejects with an `AbortError`. */
  readonly signal?: AbortSignal
  /** Give up after this long without a byte; the default is {@link STALL_SECONDS}. */
  readonly stallMs?: number
}

/**
 * Download a file the app's way: chunk by chunk (so progress is real), given up when no byte has
 * come for `stallMs` (a connection that hangs without failing would otherwise wait for ever), and
 * with the answer checked before its bytes are trusted (a web page where a file should be is
 * "missing"). Rejects with a {@link FetchTrouble}, or an `AbortError` when `signal` ends it.
 */
export async function fetchWithProgress(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const { onProgress, signal, stallMs = STALL_SECONDS * 1000 } = options
  const controller = new AbortController()
  let stalled = false
  let timer: ReturnType<typeof setTimeout> | undefined
  // Restarted by every sign of life (the answer, each chunk): this measures silence, not duration,
  // so a large file on a slow but steady line is never cut off.
  const wait = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      stalled = true
      controller.abort()
    }, stallMs)
  }
  const stop = () => controller.abort()
  if (signal?.aborted) throw new DOMException('The download was stopped.', 'AbortError')
  signal?.addEventListener('abort', stop, { once: true })
  // Whatever the fetch or the reader threw, the reason is ours: quiet, closed, or the connection.
  const failure = (): Error =>
    signal?.aborted
      ? new DOMException('The download was stopped.', 'AbortError')
      : new FetchTrouble(stalled ? { kind: 'stalled' } : { kind: 'network' })
  wait()
  try {
    let res: Response
    try {
      res = await fetch(url, { signal: controller.signal })
    } catch {
      throw failure()
    }
    wait()
    const contentType = res.headers.get('content-type') ?? ''
    const early = classifyResponse({ status: res.status, contentType })
    if (early.kind !== 'ok') {
      // The body of an error answer is of no use; cancelling frees the connection at once.
      await res.body?.cancel().catch(() => undefined)
      throw new FetchTrouble(early)
    }
    const chunks: Uint8Array[] = []
    let got = 0
    try {
      const reader = res.body?.getReader()
      if (reader)
        for (;;) {
          const { done, value } = await reader.read()
          if (done) break
          chunks.push(value)
          got += value.byteLength
          wait()
          onProgress?.(got)
        }
    } catch {
      throw failure()
    }
    const bytes = new Uint8Array(got)
    let at = 0
    for (const c of chunks) {
      bytes.set(c, at)
      at += c.byteLength
    }
    const late = classifyResponse({
      status: res.status,
      contentType,
      firstByte: firstNonSpaceByte(bytes.subarray(0, 64)),
    })
    if (late.kind !== 'ok') throw new FetchTrouble(late)
    return { bytes, contentType }
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', stop)
  }
}

/** Whether an error is the app stopping a download on purpose (nothing to report). */
export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError'
