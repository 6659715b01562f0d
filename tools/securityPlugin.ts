import type { Plugin } from 'vite'
import { CSP_META, SECURITY_HEADERS, headersFile } from './securityPolicy.ts'

/**
 * Ships the security policy (`securityPolicy.ts`) with the build: a CSP meta tag at the top of
 * `index.html`, `_headers` beside it for hosts that read one, and the headers on every response of
 * `vite preview` (the server the browser tests and `npm start` use). `vite dev` is left without
 * the policy: its hot reload injects inline scripts that a strict policy forbids.
 */
export function securityPolicy(): Plugin {
  return {
    name: 'iliopsoas:security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
          injectTo: 'head-prepend',
        },
      ],
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() })
    },
  }
}

/** The same headers for `vite preview`, which reads `preview.headers` from the config. */
export const PREVIEW_HEADERS: Readonly<Record<string, string>> = SECURITY_HEADERS
