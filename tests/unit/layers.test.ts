import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkLayers, importsOf } from '../../tools/layers'

/** Every TypeScript source git knows about (tracked or new), repository-relative. */
function sources(): { path: string; source: string }[] {
  const list = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  return list
    .split('\n')
    .filter((p) => /\.(ts|tsx|mjs)$/.test(p) && /^(src|generator|tools|scripts|tests|bench)\//.test(p))
    .flatMap((path) => {
      try {
        return [{ path, source: readFileSync(path, 'utf8') }]
      } catch {
        return [] // deleted in the working tree
      }
    })
}

describe('import layers (tools/layers.ts)', () => {
  it('finds static, type-only, re-export and dynamic imports, resolved from the importing file', () => {
    const edges = importsOf(
      'src/ui/Panel.tsx',
      [
        "import { a } from '../store/appStore'",
        "import type { B } from '../anatomy/types'",
        "export { c } from './c'",
        "const d = await import('../scene/lazy')",
        "import React from 'react'",
      ].join('\n'),
    )
    expect(edges.map((e) => [e.to, e.typeOnly])).toEqual([
      ['src/store/appStore', false],
      ['src/anatomy/types', true],
      ['src/ui/c', false],
      ['src/scene/lazy', false],
    ])
  })

  it('refuses a planted wrong-way import in each part of the tree', () => {
    const planted = [
      { path: 'src/store/x.ts', source: "import { VIEWS } from '../scene/views'" },
      { path: 'src/anatomy/x.ts', source: "import { y } from '../store/y'" },
      { path: 'src/models/x.ts', source: "import type { Z } from '../overlays/z'" },
      { path: 'generator/x.ts', source: "import { m } from '../src/models/useModels'" },
      { path: 'scripts/x.ts', source: "import { h } from '../tests/browser/suite'" },
      { path: 'scripts/y.ts', source: "import { b } from '../bench/posture'" },
      { path: 'bench/x.ts', source: "import { t } from '../tests/browser/suite'" },
      { path: 'bench/y.ts', source: "import { g } from '../generator/generate'" },
      { path: 'tests/unit/x.test.ts', source: "import { l } from '../../generator/measure/loadModel'" },
      { path: 'tests/browser/x.test.ts', source: "import { s } from '../../src/store/appStore'" },
    ]
    const found = checkLayers(planted)
    expect(found.map((v) => v.from)).toEqual(planted.map((p) => p.path))
  })

  it('allows the right way round', () => {
    const fine = [
      { path: 'src/ui/x.tsx', source: "import { s } from '../store/appStore'\nimport { a } from '../anatomy/views'" },
      { path: 'src/scene/x.tsx', source: "import { o } from '../overlays/pain/brush'" },
      { path: 'generator/x.ts', source: "import type { M } from '../src/contract/manifest'" },
      { path: 'scripts/x.ts', source: "import { h } from '../tools/harness'" },
      {
        path: 'bench/x.ts',
        source: "import { m } from '../src/scene/muscles/muscleMeshes'\nimport { h } from '../tools/harness'",
      },
      { path: 'bench/bare/x.tsx', source: "import { r } from '../../src/anatomy/rig'" },
      { path: 'tests/browser/x.test.ts', source: "import type { P } from '../../src/scene/probe'" },
    ]
    expect(checkLayers(fine)).toEqual([])
  })

  it('holds for the whole repository', () => {
    const files = sources()
    expect(files.length).toBeGreaterThan(100)
    const wrong = checkLayers(files).map((v) => `${v.from}:${v.line} → ${v.to}: ${v.why}`)
    expect(wrong).toEqual([])
  })
})
