/**
 * Byte sizes for `scripts/bench.ts`: the JavaScript a Vite build's index.html loads (its entry
 * scripts, their module preloads and every chunk they name, static or lazy), and the model files.
 * Each file is gzipped on its own at level 9, as a server would send it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, relative, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface FileSize {
  /** Path inside the build's out dir, with `/`. */
  readonly file: string
  readonly bytes: number
  readonly gzipBytes: number
}

export interface JsSizes {
  /** Every .js file reachable from index.html, entry first. */
  readonly files: readonly FileSize[]
  readonly jsBytes: number
  readonly jsGzipBytes: number
  /** .js files in the build that nothing reachable names (none expected; listed so a change shows). */
  readonly unreachedJs: readonly string[]
}

export interface ModelSizes {
  readonly files: readonly FileSize[]
  readonly glbFiles: number
  readonly bytes: number
  readonly gzipBytes: number
}

const sizeOf = (outDir: string, path: string): FileSize => {
  const data = readFileSync(path)
  return {
    file: relative(outDir, path).split(sep).join('/'),
    bytes: data.byteLength,
    gzipBytes: gzipSync(data, { level: 9 }).byteLength,
  }
}

const allJs = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = resolve(dir, e.name)
    if (e.isDirectory()) return allJs(p)
    return e.name.endsWith('.js') ? [p] : []
  })

/** Names of .js files in a chunk's text: `import "./a.js"`, `import("./b.js")`, Vite's `"assets/c.js"` lists. */
const JS_LITERAL = /["'`]([^"'`\s]{1,200}?\.js)["'`]/g

/** The .js files a built index.html loads, following every chunk named inside them (static or lazy). */
export function jsSizes(outDir: string): JsSizes {
  const root = resolve(outDir)
  const html = readFileSync(resolve(root, 'index.html'), 'utf8')
  const fromHtml = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((m) => resolve(root, m[1]!.replace(/^\//, '')))
  const seen = new Set<string>()
  const queue = fromHtml.filter((p) => p.endsWith('.js') && existsSync(p))
  while (queue.length) {
    const file = queue.shift()!
    if (seen.has(file)) continue
    seen.add(file)
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(JS_LITERAL)) {
      const name = m[1]!
      // Relative to the chunk (`./x.js`) or to the site root (`assets/x.js`, `/assets/x.js`).
      for (const p of [resolve(dirname(file), name), resolve(root, name.replace(/^\//, ''))])
        if (p.startsWith(root + sep) && !seen.has(p) && existsSync(p)) queue.push(p)
    }
  }
  const files = [...seen].map((p) => sizeOf(root, p))
  return {
    files,
    jsBytes: files.reduce((n, f) => n + f.bytes, 0),
    jsGzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
    unreachedJs: allJs(root)
      .filter((p) => !seen.has(p))
      .map((p) => relative(root, p).split(sep).join('/')),
  }
}

/** Every .glb in the models folder plus its manifest.json. */
export function modelSizes(dir: string): ModelSizes {
  const root = resolve(dir)
  const names = readdirSync(root)
    .filter((f) => f.endsWith('.glb') || f === 'manifest.json')
    .sort()
  const files = names.map((f) => sizeOf(root, resolve(root, f)))
  return {
    files,
    glbFiles: names.filter((f) => f.endsWith('.glb')).length,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
  }
}
