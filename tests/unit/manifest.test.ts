import { describe, expect, it } from 'vitest'
import { parseManifest } from '../../src/contract/manifest'
import { describeLoadError } from '../../src/models/loadModelFile'

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

describe('describeLoadError', () => {
  it('names the file and the reason', () => {
    expect(describeLoadError('femur_l.glb', new Error('fetch for "x" responded with 404: Not Found'))).toBe(
      'femur_l.glb could not be found on the server (HTTP 404).',
    )
    expect(describeLoadError('pelvis.glb', new Error('fetch for "x" responded with 500: oops'))).toMatch(
      /pelvis.glb.*HTTP 500/,
    )
    expect(describeLoadError('pelvis.glb', new SyntaxError('Unexpected token'))).toMatch(/pelvis.glb is damaged/)
  })
})
