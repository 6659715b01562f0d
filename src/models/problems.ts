import type { FailReason } from '../store/viewerSlice'

/**
 * Seconds without a single byte before a download is given up. Long enough for a slow clinic
 * network (a 600 kB file on a weak mobile link still sends something every few seconds), short
 * enough that nobody waits on a dead connection for ever.
 */
export const STALL_SECONDS = 20

/** A loading failure in words a clinician can act on, with the reason the panel works from. */
export class LoadProblem extends Error {
  constructor(
    message: string,
    /** What went wrong; decides whether Retry is offered. */
    readonly reason: FailReason,
  ) {
    super(message)
    this.name = 'LoadProblem'
  }
}

/** What the loader knows about a server's answer before it trusts the body. */
export interface ResponseFacts {
  readonly status: number
  /** The Content-Type header ('' when absent). */
  readonly contentType: string
  /** The body's first byte that is not white space, when the body has been read. */
  readonly firstByte?: number | undefined
}

/** How an answer is to be read: the file, or the reason it is not there. */
export type Verdict =
  | { readonly kind: 'ok' }
  | { readonly kind: 'missing'; readonly status: number }
  /** HTTP 200 but a web page: static hosts answer a missing path with the app's own index.html. */
  | { readonly kind: 'web-page' }
  | { readonly kind: 'http'; readonly status: number }

const LESS_THAN = 0x3c

/**
 * Classify a server's answer. A model file starts with the bytes `glTF` and a model list with `{`,
 * so an HTML content type or a body starting with `<` is a web page where the file should be:
 * "not found", not "damaged".
 */
export function classifyResponse(r: ResponseFacts): Verdict {
  if (r.status === 404 || r.status === 410) return { kind: 'missing', status: r.status }
  if (r.status < 200 || r.status > 299) return { kind: 'http', status: r.status }
  if (/^\s*text\/html\b/i.test(r.contentType) || r.firstByte === LESS_THAN) return { kind: 'web-page' }
  return { kind: 'ok' }
}

/** The first byte of `bytes` that is not space, tab, CR, LF or a UTF-8 byte-order mark. */
export function firstNonSpaceByte(bytes: Uint8Array): number | undefined {
  for (const b of bytes)
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf) return b
  return undefined
}

/** A failure on the way: the answer's verdict, or the connection's. */
export type Trouble = Exclude<Verdict, { kind: 'ok' }> | { readonly kind: 'network' } | { readonly kind: 'stalled' }

/**
 * The sentence for a trouble, naming what did not arrive (`pelvis.glb`, or "The model list
 * (manifest.json)"), as a {@link LoadProblem} with its reason.
 */
export function troubleProblem(subject: string, t: Trouble): LoadProblem {
  switch (t.kind) {
    case 'missing':
      return new LoadProblem(`${subject} could not be found on the server (HTTP ${t.status}).`, 'missing')
    case 'web-page':
      return new LoadProblem(`${subject} could not be found on the server: it sent a web page instead.`, 'missing')
    case 'http':
      return new LoadProblem(`${subject} could not be downloaded (HTTP ${t.status}).`, 'http')
    case 'network':
      return new LoadProblem(`${subject} could not be downloaded: the connection failed.`, 'network')
    case 'stalled':
      return new LoadProblem(`${subject} stopped arriving: the network went quiet for ${STALL_SECONDS} s.`, 'stalled')
  }
}

/** The one message for every file when the decoder is blocked by the page's security settings. */
export const DECODER_BLOCKED =
  "The model decoder could not start: this page's security settings block WebAssembly, which it needs. " +
  "For whoever hosts the app: allow 'wasm-unsafe-eval' in the page's Content-Security-Policy."

/** The one message for every file when this browser cannot run the decoder at all. */
export const DECODER_UNAVAILABLE =
  'The model decoder could not start in this browser (it needs WebAssembly). ' +
  'An up-to-date Chrome, Edge, Firefox or Safari can run it.'

/** Which decoder message fits a failure to start: a policy refusal reads differently in each browser. */
export function decoderMessage(error: unknown): string {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error)
  return /CompileError|Content.Security.Policy|unsafe-eval|EvalError|not allowed/i.test(text)
    ? DECODER_BLOCKED
    : DECODER_UNAVAILABLE
}
