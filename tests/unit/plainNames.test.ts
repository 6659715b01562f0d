import { describe, expect, it } from 'vitest'
import {
  ATTACHMENTS,
  LANDMARKS,
  MUSCLES,
  PAIN_MUSCLE_HINTS,
  PAIN_MUSCLES,
  STRUCTURES,
  plainName,
  plainSummary,
  modelFileLabel,
  modelFileWords,
  plainWords,
  readableName,
} from '../../src/anatomy'

const ids = [
  ...STRUCTURES.map((s) => s.id),
  ...MUSCLES.map((m) => m.id),
  ...LANDMARKS.map((l) => l.id),
  ...ATTACHMENTS.map((a) => a.id),
]

describe('plain names', () => {
  it.each(ids)('%s has a plain name and a one-line summary of its own', (id) => {
    expect(plainWords(id), id).toBeDefined()
    expect(plainName(id).length).toBeGreaterThan(3)
    expect(plainName(id)).toMatch(/^[A-Z]/)
    const summary = plainSummary(id)
    expect(summary).toMatch(/^[A-Z].*\.$/)
    expect(summary.length).toBeLessThan(160) // one line, not a paragraph
  })

  it('put the plain words first and the anatomical term second', () => {
    expect(plainName('femur_l')).toBe('Left thigh bone (femur)')
    expect(plainName('tibia_r')).toBe('Right shin bone (tibia)')
    expect(plainName('patella_l')).toBe('Left kneecap (patella)')
    expect(plainName('tibial_tuberosity_l')).toBe('Bump below the kneecap (tibial tuberosity), left')
    expect(plainName('hip_bone_r')).toBe('Right hip bone')
    expect(plainName('sacrum')).toBe('Sacrum (base of the spine)')
    expect(plainName('coccyx')).toBe('Tailbone (coccyx)')
    expect(plainName('l3')).toBe('L3 vertebra (lower back)')
    expect(plainName('disc_l3_l4')).toBe('Disc between L3 and L4')
    expect(plainName('disc_l5_s1')).toBe('Disc between L5 and the sacrum')
    expect(plainName('psoas_major_l')).toBe('Left psoas major')
    expect(plainName('asis_r')).toBe('Front hip point (anterior superior iliac spine), right')
    expect(plainName('l3_transverse_tip_l')).toBe('Tip of the L3 side wing (transverse process), left')
    expect(plainName('psoas_major_origin_l3_body_r')).toBe('Right psoas major: starts on the side of the L3 vertebra')
    expect(plainName('iliopsoas_insertion_l')).toMatch(/^Left iliopsoas: attaches to /)
  })

  it('say the anatomical term in the summary where the name leaves it out', () => {
    expect(plainSummary('disc_l3_l4')).toContain('L3/L4 intervertebral disc')
    expect(plainSummary('psoas_major_origin_disc_l4_l5_l')).toMatch(/\(origin\).*L4\/L5 intervertebral disc/)
    expect(plainSummary('iliopsoas_insertion_r')).toMatch(/\(insertion\).*lesser trochanter/)
    expect(plainSummary('psoas_major_l')).toMatch(/hip/)
  })

  it('name each side the same way, swapping only the side word', () => {
    for (const id of ids.filter((i) => i.endsWith('_l'))) {
      const right = id.replace(/_l$/, '_r')
      expect(plainName(right).replace(/Right|right/, 'SIDE')).toBe(plainName(id).replace(/Left|left/, 'SIDE'))
      expect(plainSummary(right)).toBe(plainSummary(id))
    }
  })

  it('give every thing its own name', () => {
    expect(new Set(ids.map(plainName)).size).toBe(ids.length)
  })

  it('fall back to the anatomical name, and to an empty summary, for an id that is not ours', () => {
    expect(plainWords('some_node')).toBeUndefined()
    expect(plainName('some_node')).toBe(readableName('some_node'))
    expect(plainName('some_node')).toBe('Some node')
    expect(plainSummary('some_node')).toBe('')
  })

  it('have a short plain hint for every pain pattern muscle', () => {
    for (const m of PAIN_MUSCLES) expect(PAIN_MUSCLE_HINTS[m], m).toMatch(/^[a-z][a-z -]+$/)
  })
})

describe('modelFileLabel', () => {
  it('names a model file in plain words first, and keeps an unknown file as it is', () => {
    expect(modelFileLabel('pelvis.glb')).toBe('Pelvis (pelvis.glb)')
    expect(modelFileLabel('femur_r.glb')).toBe('Right thigh bone (femur_r.glb)')
    expect(modelFileLabel('lower_leg_l.glb')).toBe('Left knee, shin and foot bones (lower_leg_l.glb)')
    expect(modelFileLabel('extra.glb')).toBe('extra.glb')
    expect(modelFileWords('lumbar_spine.glb')).toBe('Lower back bones')
    expect(modelFileWords('extra.glb')).toBeUndefined()
  })
})
