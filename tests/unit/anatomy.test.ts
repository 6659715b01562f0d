import { describe, expect, it } from 'vitest'
import {
  ATTACHMENTS,
  DISC_DIMENSIONS,
  LANDMARKS,
  MODEL_FILES,
  PELVIS_TARGETS,
  SACRAL_BASE,
  STANDING_SPINE,
  STRUCTURES,
  KNEE_FRAMED_MODEL_FILES,
  KNEE_FRAMING_NODES,
  VERTEBRAE,
  VERTEBRA_RANGES,
  readableName,
} from '../../src/anatomy'
import { angleBetween, normalize, sub } from '../../src/anatomy/vec'

const ids = [...STRUCTURES.map((s) => s.id), ...LANDMARKS.map((l) => l.id), ...ATTACHMENTS.map((a) => a.id)]

describe('anatomy ids', () => {
  it('are unique, ASCII snake_case and safe under three.js name sanitising', () => {
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/)
  })

  it('pair every left-sided id with a right-sided one', () => {
    for (const id of ids.filter((i) => i.endsWith('_l'))) expect(ids).toContain(id.replace(/_l$/, '_r'))
  })

  it('attach every landmark and attachment region to a structure we model', () => {
    const structures = new Set(STRUCTURES.map((s) => s.id))
    for (const l of LANDMARKS) expect(structures, l.id).toContain(l.bone)
    for (const a of ATTACHMENTS) expect(structures, a.id).toContain(a.structure)
  })

  it('include every landmark the models issue asks for', () => {
    const required = [
      'asis',
      'aiis',
      'psis',
      'iliac_crest_top',
      'pubic_tubercle',
      'ischial_tuberosity',
      'acetabulum_centre',
      'femoral_head_centre',
      'greater_trochanter_tip',
      'lesser_trochanter',
      'medial_epicondyle',
      'lateral_epicondyle',
    ].flatMap((b) => [`${b}_l`, `${b}_r`])
    const levels = ['t12', 'l1', 'l2', 'l3', 'l4', 'l5'].flatMap((l) => [
      `${l}_body_centre`,
      `${l}_spinous_tip`,
      `${l}_transverse_tip_l`,
      `${l}_transverse_tip_r`,
    ])
    const have = new Set(LANDMARKS.map((l) => l.id))
    for (const id of [...required, ...levels, 'pubic_symphysis', 'sacral_promontory']) expect(have, id).toContain(id)
  })

  it('give every attachment a source and a readable name', () => {
    for (const a of ATTACHMENTS) {
      expect(a.source.ref.length).toBeGreaterThan(5)
      expect(readableName(a.id)).toBe(a.name)
    }
    expect(readableName('psoas_major_origin_l3_transverse_l')).toBe('Psoas major – origin: transverse process of L3')
    expect(readableName('femur_r')).toBe('Femur (right)')
    expect(readableName('disc_l4_l5')).toBe('L4/L5 intervertebral disc')
    expect(readableName('asis_l')).toBe('Anterior superior iliac spine (left)')
    expect(readableName('iliacus_r')).toMatch(/^Iliacus/)
  })
})

describe('standing spine layout', () => {
  it('stacks a lordosis of 50° between the T12 and S1 endplates', () => {
    expect(SACRAL_BASE.slopeDeg - STANDING_SPINE.t12SuperiorTiltDeg).toBeCloseTo(50, 6)
    expect(SACRAL_BASE.slopeDeg - STANDING_SPINE.t12SuperiorTiltDeg).toBeGreaterThanOrEqual(
      VERTEBRA_RANGES.lordosis.min,
    )
  })

  it('puts about 70% of the lordosis at L4–S1, as published', () => {
    const l4s1 = SACRAL_BASE.slopeDeg - (STANDING_SPINE.vertebrae.l4.tiltDeg - VERTEBRAE[4]!.bodyWedgeDeg / 2)
    expect(l4s1 / 50).toBeGreaterThan(0.6)
    expect(l4s1 / 50).toBeLessThan(0.8)
  })

  it('gives a pelvic incidence of 50° from the hip axis and the S1 endplate', () => {
    const s1Normal = [0, Math.cos((37 * Math.PI) / 180), Math.sin((37 * Math.PI) / 180)] as const
    const toHip = normalize(sub([0, 0, 0], SACRAL_BASE.centre))
    expect(angleBetween([-s1Normal[0], -s1Normal[1], -s1Normal[2]], toHip)).toBeCloseTo(50, 0)
  })

  it('stacks each level above the one below, T12 highest', () => {
    const ys = (['l5', 'l4', 'l3', 'l2', 'l1', 't12'] as const).map((l) => STANDING_SPINE.vertebrae[l].origin[1])
    for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1]! + 25)
  })

  it('keeps every disc mid height inside its published range and L3 transverse processes the longest', () => {
    for (const d of DISC_DIMENSIONS) {
      expect(d.midHeight).toBeGreaterThanOrEqual(d.range.min)
      expect(d.midHeight).toBeLessThanOrEqual(d.range.max)
    }
    const l3 = VERTEBRAE.find((v) => v.level === 'l3')!.transverseSpan
    for (const v of VERTEBRAE.filter((v) => v.level !== 'l3')) expect(v.transverseSpan).toBeLessThan(l3)
  })

  it('places the iliac crest tops near the L4/L5 disc (the intercristal line)', () => {
    const discY = STANDING_SPINE.discs.l4_l5.origin[1]
    expect(Math.abs(PELVIS_TARGETS.iliacCrestTop[1] - discY)).toBeLessThan(15)
  })
})

describe('model files framed only at the knee', () => {
  it('are the two lower-leg files, which hold only the bones from the knee down', () => {
    expect([...KNEE_FRAMED_MODEL_FILES].sort()).toEqual(['lower_leg_l.glb', 'lower_leg_r.glb'])
    expect(KNEE_FRAMING_NODES).toContain('patella')
    for (const file of KNEE_FRAMED_MODEL_FILES) {
      expect(MODEL_FILES).toContain(file)
      const ids = STRUCTURES.filter((s) => s.file === file).map((s) => s.id.replace(/_[lr]$/, ''))
      expect(ids.sort()).toEqual(['fibula', 'foot', 'patella', 'tibia'])
    }
  })
})
