/**
 * The import order of the codebase, written down once and checked by `tests/unit/layers.test.ts`
 * (so `npm test` fails when an import goes the wrong way).
 *
 * Inside `src/` the layers are, bottom to top:
 *
 *   anatomy < contract < store < models < overlays < scene < ui < main.tsx
 *
 * A file may import from its own layer or a lower one. Around `src/`:
 *
 * - `generator/` (Node, build time) uses `src/anatomy` and `src/contract` only;
 * - `tools/` (the browser harness, this check) uses `src/anatomy` and `src/contract` only;
 * - `scripts/` use `tools/`, `generator/`, `src/anatomy` and `src/contract`, never `tests/`;
 * - `bench/` (the benchmark's own code: the Node micro-benchmark of the posture update and the bare
 *   React Three Fiber page) may use any `src/` layer, `tools/` and itself, never `tests/`,
 *   `generator/` or `scripts/`. It measures app code outside the app, which is why it is not under
 *   `scripts/`; scripts run its files as separate processes and never import them;
 * - `tests/unit` and `tests/scene` test `src/` (with `tools/` and `tests/fixtures`), not the generator;
 * - `tests/generator` may use everything but the browser tests;
 * - `tests/browser` drive the built app through `tools/`, with facts from `src/anatomy` and
 *   `src/contract`; they may import types (erased at run time) from any `src/` layer.
 */
import { posix } from 'node:path'

/** The layers of `src/`, bottom first. */
export const SRC_LAYERS = ['anatomy', 'contract', 'store', 'models', 'overlays', 'scene', 'ui'] as const

/** One import found in a file. */
export interface ImportEdge {
  /** Importing file, repository-relative with `/`. */
  readonly from: string
  /** Imported file or folder, repository-relative (relative specifiers only). */
  readonly to: string
  /** `import type …` / `export type …`: erased at run time. */
  readonly typeOnly: boolean
  readonly line: number
}

/** An import that breaks the order, with the reason in words. */
export interface LayerViolation extends ImportEdge {
  readonly why: string
}

const IMPORT_RE =
  /^\s*(?:import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm

/** The relative imports of one source file. */
export function importsOf(from: string, source: string): ImportEdge[] {
  const out: ImportEdge[] = []
  for (const m of source.matchAll(IMPORT_RE)) {
    const spec = m[2] ?? m[3]
    if (!spec || !spec.startsWith('.')) continue
    const line = source.slice(0, m.index).split('\n').length
    out.push({ from, to: posix.normalize(posix.join(posix.dirname(from), spec)), typeOnly: !!m[1], line })
  }
  return out
}

/** Which part of the tree a path belongs to: `src:<layer>`, `generator`, `tests:<kind>`, … */
export function partOf(path: string): string {
  const [top, second] = path.split('/')
  if (top === 'src') {
    if (second === 'main.tsx' || second === 'main') return 'src:main'
    return `src:${second}`
  }
  if (top === 'tests') return `tests:${second}`
  return top ?? path
}

const rank = (part: string): number => {
  if (part === 'src:main') return SRC_LAYERS.length
  return SRC_LAYERS.indexOf(part.slice(4) as (typeof SRC_LAYERS)[number])
}

const FACTS = ['src:anatomy', 'src:contract']

/** Why `edge` is not allowed, or null when it is. */
export function violation(edge: ImportEdge): string | null {
  const from = partOf(edge.from)
  const to = partOf(edge.to)
  if (to.startsWith('tests:') && !from.startsWith('tests:'))
    return `${from} imports a test file (shared helpers belong in tools/)`
  if (from.startsWith('src:')) {
    if (!to.startsWith('src:')) return `src/ imports from outside src/ (${to})`
    const a = rank(from)
    const b = rank(to)
    if (a < 0 || b < 0) return `unknown src layer (${from} → ${to}); add it to SRC_LAYERS`
    return b <= a ? null : `${from} imports the higher layer ${to} (order: ${SRC_LAYERS.join(' < ')})`
  }
  if (from === 'generator' || from === 'tools') {
    if (to === from || FACTS.includes(to)) return null
    return `${from} may use only itself, src/anatomy and src/contract, not ${to}`
  }
  if (from === 'bench') {
    if (to === 'bench' || to === 'tools' || to.startsWith('src:')) return null
    return `bench/ may use src/, tools/ and itself, not ${to}`
  }
  if (from === 'scripts') {
    if (['scripts', 'tools', 'generator', ...FACTS].includes(to)) return null
    return `scripts may use tools/, generator/, src/anatomy and src/contract, not ${to}`
  }
  if (from === 'tests:unit' || from === 'tests:scene') {
    if (to === 'generator') return `${from} tests src/, not the generator (that is tests/generator)`
    if (to === 'tests:browser' || to === 'tests:generator') return `${from} imports from ${to}`
    return null
  }
  if (from === 'tests:generator') return to === 'tests:browser' ? 'generator tests import browser tests' : null
  if (from === 'tests:browser') {
    if (['tools', 'tests:browser', 'tests:fixtures', ...FACTS].includes(to)) return null
    if (to.startsWith('src:') && edge.typeOnly) return null
    return `browser tests drive the built app through tools/, not ${to} at run time`
  }
  return null
}

/** Every wrong-way import among the given files. */
export function checkLayers(files: readonly { path: string; source: string }[]): LayerViolation[] {
  const out: LayerViolation[] = []
  for (const f of files) {
    for (const edge of importsOf(f.path, f.source)) {
      const why = violation(edge)
      if (why) out.push({ ...edge, why })
    }
  }
  return out
}
