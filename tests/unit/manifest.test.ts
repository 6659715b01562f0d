import { describe, expect, it } from 'vitest'
import { parseManifest } from '../../src/contract/manifest'

const good = {
  version: 1,
  frame: 'x',
  files: [{ file: 'pelvis.glb', bytes: 10, sha256: 'a', triangles: 1, nodes: [{ id: 'sacrum', kind: 'bone' }] }],
}

describe('parseManifest', () => {
  it('accepts a well-formed manifest', () => {
    expect(parseManifest(good).files[0]!.file).toBe('pelvis.glb')
  })

  it.each([
    ['not an object', 'nope', /not a JSON object/],
    ['a wrong version', { ...good, version: 7 }, /unsupported version 7/],
    ['no files', { version: 1 }, /"files" is missing/],
    [
      'a path outside the folder',
      { ...good, files: [{ ...good.files[0], file: '../../etc/passwd' }] },
      /bad file name/,
    ],
    ['an unknown kind', { ...good, files: [{ ...good.files[0], nodes: [{ id: 'x', kind: 'planet' }] }] }, /bad node/],
  ])('rejects %s with a message that says so', (_, json, message) => {
    expect(() => parseManifest(json)).toThrow(message)
  })
})
