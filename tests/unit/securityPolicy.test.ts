import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CSP_DIRECTIVES, CSP_HEADER, CSP_META, SECURITY_HEADERS, headersFile } from '../../tools/securityPolicy'

const hosting = readFileSync('docs/hosting.md', 'utf8')

/** The fenced code blocks of the hosting guide, by their language tag. */
function snippets(lang: string): string[] {
  return [...hosting.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!)
}

describe('the security policy', () => {
  it('is as strict as the app allows: only its own origin, WebAssembly but no eval, nothing inline', () => {
    const d = new Map(CSP_DIRECTIVES)
    expect(d.get('default-src')).toBe("'self'")
    expect(d.get('script-src')).toBe("'self' 'wasm-unsafe-eval'")
    expect(d.get('style-src')).toBe("'self'")
    expect(d.get('connect-src')).toBe("'self'")
    expect(d.get('object-src')).toBe("'none'")
    expect(d.get('base-uri')).toBe("'none'")
    expect(d.get('frame-ancestors')).toBe("'none'")
    expect(CSP_HEADER).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/)
    // Every fetch directive names an allow-list, never a wildcard or a host.
    for (const [, v] of CSP_DIRECTIVES) expect(v).toMatch(/^('self'|'none'|'wasm-unsafe-eval'|data:|blob:)( |$)/)
  })

  it('leaves out of the meta tag only what a meta tag cannot carry', () => {
    expect(CSP_META).not.toContain('frame-ancestors')
    expect(CSP_HEADER.replace("; frame-ancestors 'none'", '')).toBe(CSP_META)
  })

  it('writes the _headers file with every header for every path', () => {
    const lines = headersFile().trimEnd().split('\n')
    expect(lines[0]).toBe('/*')
    expect(lines.slice(1)).toEqual(Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`))
  })

  it('is repeated word for word in every host snippet of docs/hosting.md', () => {
    const blocks = [...snippets('nginx'), ...snippets('apache'), ...snippets('caddy')]
    expect(blocks).toHaveLength(3)
    for (const block of blocks)
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(block, name).toContain(`"${value}"`)
    expect(snippets('text')).toEqual([`${CSP_HEADER}\n`, `${SECURITY_HEADERS['Permissions-Policy']}\n`])
  })
})
