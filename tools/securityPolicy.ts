/**
 * The security policy the app ships with, written once: the build puts it in `index.html` as a
 * meta tag and in `dist/_headers` (the header file static hosts such as Netlify and Cloudflare
 * Pages read), the preview server sends it as response headers (so every browser test runs under
 * it), and `docs/hosting.md` repeats it for other hosts (a unit test keeps the copy in step).
 *
 * It is as strict as the app allows. The one exception is `'wasm-unsafe-eval'`: the meshopt
 * decoder that unpacks the models is WebAssembly, and compiling WebAssembly needs it. It allows no
 * JavaScript `eval`. Images may be `blob:` (the saved image and the handout's pictures are blobs)
 * and `data:` (small icons). Nothing may be fetched from, framed by or sent to another host.
 */

/** Content-Security-Policy directives, in the order they are written out. */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['media-src', "'none'"],
  ['frame-src', "'none'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
]

/** Directives a browser ignores (and warns about) when the policy comes in a meta tag. */
const HEADER_ONLY = new Set(['frame-ancestors'])

/** The policy as a response header sends it. */
export const CSP_HEADER = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ')

/** The policy for the `<meta http-equiv="Content-Security-Policy">` tag: the header's, minus what a meta tag cannot carry. */
export const CSP_META = CSP_DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name))
  .map(([name, value]) => `${name} ${value}`)
  .join('; ')

/**
 * Every response header the host should send with the app's files. `Permissions-Policy` turns off
 * what the app never uses (camera, microphone, location, payment, USB and the like) and keeps
 * `fullscreen` for the page itself (present mode asks for full screen).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), midi=(), accelerometer=(), gyroscope=(), ' +
    'magnetometer=(), fullscreen=(self)',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

/** `dist/_headers`: the same headers for every path, in the format Netlify and Cloudflare Pages read. */
export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)
  return ['/*', ...lines, ''].join('\n')
}
