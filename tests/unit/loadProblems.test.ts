import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchWithProgress, FetchTrouble, isAbort } from '../../src/models/fetchWithProgress'
import {
  classifyResponse,
  DECODER_BLOCKED,
  DECODER_UNAVAILABLE,
  decoderMessage,
  firstNonSpaceByte,
  STALL_SECONDS,
  troubleProblem,
} from '../../src/models/problems'

const text = (t: string) => new TextEncoder().encode(t)

describe('classifyResponse', () => {
  it('reads 404 and 410 as missing and other errors as HTTP errors', () => {
    expect(classifyResponse({ status: 404, contentType: 'text/plain' })).toEqual({ kind: 'missing', status: 404 })
    expect(classifyResponse({ status: 410, contentType: '' })).toEqual({ kind: 'missing', status: 410 })
    expect(classifyResponse({ status: 500, contentType: 'text/html' })).toEqual({ kind: 'http', status: 500 })
    expect(classifyResponse({ status: 304, contentType: '' })).toEqual({ kind: 'http', status: 304 })
  })

  it("reads a 200 web page (a static host's index.html fallback) as not found, by its type or its first byte", () => {
    expect(classifyResponse({ status: 200, contentType: 'text/html; charset=utf-8' })).toEqual({ kind: 'web-page' })
    expect(classifyResponse({ status: 200, contentType: 'TEXT/HTML' })).toEqual({ kind: 'web-page' })
    const page = firstNonSpaceByte(text('\ufeff \n <!doctype html>'))
    expect(classifyResponse({ status: 200, contentType: 'application/octet-stream', firstByte: page })).toEqual({
      kind: 'web-page',
    })
  })

  it('accepts a model and a model list', () => {
    const glb = firstNonSpaceByte(text('glTF\u0002\u0000'))
    expect(classifyResponse({ status: 200, contentType: 'model/gltf-binary', firstByte: glb })).toEqual({ kind: 'ok' })
    const json = firstNonSpaceByte(text('  {"version": 1}'))
    expect(classifyResponse({ status: 200, contentType: 'application/json', firstByte: json })).toEqual({ kind: 'ok' })
    expect(classifyResponse({ status: 200, contentType: '' })).toEqual({ kind: 'ok' })
    expect(firstNonSpaceByte(text(' \t\r\n'))).toBeUndefined()
  })
})

describe('troubleProblem', () => {
  it('names what did not arrive and what happened, with a reason for the panel', () => {
    const cases = [
      [{ kind: 'missing', status: 404 }, 'pelvis.glb could not be found on the server (HTTP 404).', 'missing'],
      [{ kind: 'web-page' }, 'pelvis.glb could not be found on the server: it sent a web page instead.', 'missing'],
      [{ kind: 'http', status: 503 }, 'pelvis.glb could not be downloaded (HTTP 503).', 'http'],
      [{ kind: 'network' }, 'pelvis.glb could not be downloaded: the connection failed.', 'network'],
      [{ kind: 'stalled' }, 'pelvis.glb stopped arriving: the network went quiet for 20 s.', 'stalled'],
    ] as const
    for (const [trouble, message, reason] of cases) {
      const p = troubleProblem('pelvis.glb', trouble)
      expect([p.message, p.reason]).toEqual([message, reason])
    }
    expect(STALL_SECONDS).toBe(20)
  })
})

describe('decoderMessage', () => {
  it('blames the page security settings for a refused compile, and the browser otherwise', () => {
    const csp = new Error(
      "WebAssembly.instantiate(): Refused to compile or instantiate WebAssembly module because 'unsafe-eval' is not an allowed source",
    )
    csp.name = 'CompileError'
    expect(decoderMessage(csp)).toBe(DECODER_BLOCKED)
    expect(DECODER_BLOCKED).toContain("allow 'wasm-unsafe-eval'")
    expect(decoderMessage(new Error('no WebAssembly'))).toBe(DECODER_UNAVAILABLE)
  })
})

/** A fetch that answers with `chunks`, one per read, then hangs (never closes) when `hang` is set. */
function fakeFetch(chunks: Uint8Array[], init: ResponseInit & { hang?: boolean } = {}) {
  return vi.fn((_url: string, opts?: RequestInit) => {
    let i = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (i < chunks.length) controller.enqueue(chunks[i++]!)
        else if (!init.hang) controller.close()
        else
          return new Promise<void>((_, reject) => {
            // As a real fetch does: an abort, before or during the read, errors the body.
            const abort = () => reject(new DOMException('aborted', 'AbortError'))
            if (opts?.signal?.aborted) abort()
            opts?.signal?.addEventListener('abort', abort)
          })
      },
    })
    return Promise.resolve(new Response(body, init))
  })
}

describe('fetchWithProgress', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('reports the bytes after every chunk and returns them whole', async () => {
    vi.stubGlobal('fetch', fakeFetch([text('glTF'), text('1234'), text('56')]))
    const seen: number[] = []
    const got = await fetchWithProgress('x.glb', { onProgress: (n) => seen.push(n) })
    expect(seen).toEqual([4, 8, 10])
    expect(new TextDecoder().decode(got.bytes)).toBe('glTF123456')
  })

  it('gives up after the quiet time once bytes stop, not while they keep coming', async () => {
    vi.useFakeTimers()
    vi.stubGlobal('fetch', fakeFetch([text('glTF')], { hang: true }))
    const seen: number[] = []
    const done = fetchWithProgress('x.glb', { stallMs: 1000, onProgress: (n) => seen.push(n) }).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(999)
    expect(seen).toEqual([4])
    await vi.advanceTimersByTimeAsync(2)
    const error = await done
    expect(error).toBeInstanceOf(FetchTrouble)
    expect((error as FetchTrouble).trouble).toEqual({ kind: 'stalled' })
  })

  it('says "not found" for a web page where the file should be, and for a 404', async () => {
    vi.stubGlobal('fetch', fakeFetch([text('<!doctype html><title>App</title>')], { status: 200 }))
    expect(((await fetchWithProgress('m.json').catch((e: unknown) => e)) as FetchTrouble).trouble).toEqual({
      kind: 'web-page',
    })
    vi.stubGlobal('fetch', fakeFetch([text('gone')], { status: 404 }))
    expect(((await fetchWithProgress('m.json').catch((e: unknown) => e)) as FetchTrouble).trouble).toEqual({
      kind: 'missing',
      status: 404,
    })
  })

  it('reads a failed connection as a network failure and a stop by the app as an abort', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    )
    expect(((await fetchWithProgress('x.glb').catch((e: unknown) => e)) as FetchTrouble).trouble).toEqual({
      kind: 'network',
    })
    vi.stubGlobal('fetch', fakeFetch([text('glTF')], { hang: true }))
    const stop = new AbortController()
    const done = fetchWithProgress('x.glb', { signal: stop.signal }).catch((e: unknown) => e)
    stop.abort()
    expect(isAbort(await done)).toBe(true)
  })
})
