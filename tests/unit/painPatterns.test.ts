import { describe, expect, it } from 'vitest'
import { LANDMARKS } from '../../src/anatomy/landmarks'
import { PAIN_MUSCLES, PAIN_PATTERNS, painPatternForSceneMuscle, painPatternOf } from '../../src/anatomy/painPatterns'
import { PAIN_SOURCES, painSourceByKey } from '../../src/anatomy/painSources'
import type { PainMuscleId, PainZone, PointRef, ZoneShape } from '../../src/anatomy/painTypes'

/** Landmark ids a zone may name: every bone landmark plus the ankle centres of the skin file. */
const KNOWN_LANDMARKS = new Set([...LANDMARKS.map((l) => l.id), 'ankle_centre_l', 'ankle_centre_r'])

const zones = PAIN_PATTERNS.flatMap((p) => p.zones)
const triggerPoints = PAIN_PATTERNS.flatMap((p) => p.triggerPoints)

const LIMB_AXIS = {
  thigh: ['femoral_head_centre_l', 'knee_centre_l'],
  leg: ['knee_centre_l', 'ankle_centre_l'],
} as const

function landmarksOf(shape: ZoneShape): string[] {
  switch (shape.type) {
    case 'trunkBand':
      return [shape.top.landmark, shape.bottom.landmark]
    case 'patch':
      return [shape.centre.landmark]
    case 'limbBand':
      return [...LIMB_AXIS[shape.segment]]
    case 'strip':
      return shape.path.map((n) => n.at.landmark)
    case 'oval':
      return [shape.centre.landmark, shape.towards.landmark]
    case 'limbStrip':
      // Any strip down the limb uses both axes (a point is placed on the thigh or the leg).
      return [...LIMB_AXIS.thigh, ...LIMB_AXIS.leg]
  }
}

/** The limb nodes of a zone (none for a shape on the trunk). */
const limbNodes = (z: PainZone) => (z.shape.type === 'limbStrip' ? z.shape.path : [])

describe('pain patterns: coverage', () => {
  it('has exactly one pattern per muscle, and lists the muscles in display order', () => {
    expect(PAIN_MUSCLES).toEqual([
      'iliopsoas',
      'quadratus_lumborum',
      'gluteus_medius',
      'gluteus_minimus',
      'tensor_fasciae_latae',
      'rectus_femoris',
      'sartorius',
    ])
    expect(new Set(PAIN_MUSCLES).size).toBe(PAIN_PATTERNS.length)
    for (const m of PAIN_MUSCLES) expect(painPatternOf(m).muscle).toBe(m)
  })

  it('maps the modelled iliopsoas muscles (both sides) to the iliopsoas pattern and nothing else', () => {
    const ip = painPatternOf('iliopsoas')
    expect([...ip.sceneMuscles].sort()).toEqual(['iliacus_l', 'iliacus_r', 'psoas_major_l', 'psoas_major_r'])
    for (const id of ip.sceneMuscles) expect(painPatternForSceneMuscle(id)?.muscle).toBe('iliopsoas')
    expect(painPatternForSceneMuscle('femur_l')).toBeUndefined()
    for (const p of PAIN_PATTERNS) if (p.muscle !== 'iliopsoas') expect(p.sceneMuscles).toEqual([])
  })

  it('says in the iliopsoas notes that the sources treat psoas and iliacus as one unit', () => {
    const notes = painPatternOf('iliopsoas').notes ?? []
    expect(notes.some((n) => /one unit/i.test(n) && /psoas/i.test(n) && /iliacus/i.test(n))).toBe(true)
  })

  it('gives iliopsoas its horizontal low-back band only for both sides (IP-BIL), leaving the spine bare', () => {
    const bil = painPatternOf('iliopsoas').zones.filter((z) => z.bothSidesOnly)
    expect(bil.map((z) => z.id)).toEqual(['IP-BIL'])
    const shape = bil[0]!.shape
    expect(shape.type).toBe('strip')
    if (shape.type !== 'strip') return
    // Two bands with skin between them over the spinous processes, not one block across it.
    expect(shape.midlineGapCm ?? 0).toBeGreaterThanOrEqual(1)
    // Horizontal: it runs further across than up and down.
    const xs = shape.path.map((n) => n.at.offsetCm?.[0] ?? 0)
    const ys = shape.path.map((n) => n.at.offsetCm?.[1] ?? 0)
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(2 * (Math.max(...ys) - Math.min(...ys)))
  })

  it('keeps the single-side iliopsoas back band off the midline too', () => {
    const p1 = painPatternOf('iliopsoas').zones.find((z) => z.id === 'IP-P1')!
    expect(p1.shape.type).toBe('strip')
    if (p1.shape.type === 'strip') expect(p1.shape.midlineGapCm ?? 0).toBeGreaterThanOrEqual(1)
  })

  it('has the trigger points of the reference tables', () => {
    const ids = (m: PainMuscleId) => painPatternOf(m).triggerPoints.map((t) => t.id)
    expect(ids('iliopsoas')).toEqual(['IP-T1', 'IP-T2', 'IP-T3'])
    expect(ids('tensor_fasciae_latae')).toEqual(['TFL-T1'])
    expect(ids('rectus_femoris')).toEqual(['RF-T1', 'RF-T2'])
    expect(ids('sartorius')).toEqual(['SAR-T1', 'SAR-T2', 'SAR-T3'])
    expect(ids('quadratus_lumborum')).toEqual(['QL-T1', 'QL-T2', 'QL-T3', 'QL-T4'])
    expect(ids('gluteus_medius')).toEqual(['GMED-T1', 'GMED-T2', 'GMED-T3'])
    expect(ids('gluteus_minimus')).toEqual(['GMIN-TA', 'GMIN-TP'])
  })

  it('has at least one essential zone shown for a single side, and one trigger point, per pattern', () => {
    for (const p of PAIN_PATTERNS) {
      expect(
        p.zones.some((z) => z.kind === 'essential' && !z.bothSidesOnly),
        p.muscle,
      ).toBe(true)
      expect(p.triggerPoints.length, p.muscle).toBeGreaterThan(0)
    }
  })

  it('paints no calf for gluteus medius or tensor fasciae latae (claims the reference rejects)', () => {
    for (const m of ['gluteus_medius', 'tensor_fasciae_latae'] as const) {
      for (const z of painPatternOf(m).zones) {
        if (z.shape.type === 'limbBand') {
          expect(z.shape.segment, z.id).toBe('thigh')
          expect(z.shape.along[1], z.id).toBeLessThanOrEqual(1)
        }
        for (const n of limbNodes(z)) {
          expect(n.segment, z.id).toBe('thigh')
          expect(n.along, z.id).toBeLessThanOrEqual(1)
        }
      }
    }
  })

  it('runs gluteus minimus down the leg to the ankle, laterally and posteriorly', () => {
    const leg = painPatternOf('gluteus_minimus')
      .zones.filter((z) => z.kind === 'essential')
      .flatMap(limbNodes)
      .filter((n) => n.segment === 'leg')
    const lateral = leg.filter((n) => n.aroundDeg >= 80 && n.aroundDeg <= 110)
    expect(lateral.length).toBeGreaterThan(0)
    expect(leg.some((n) => n.aroundDeg === 180)).toBe(true)
    // The lateral strip's last node is within the last twentieth of the leg (the ankle).
    expect(Math.max(...lateral.map((n) => n.along))).toBeGreaterThanOrEqual(0.95)
  })

  it('draws every pattern in the new shape vocabulary (no trunk bands or limb bands left)', () => {
    for (const z of zones) expect(['strip', 'oval', 'limbStrip', 'patch'], z.id).toContain(z.shape.type)
  })
})

describe('pain patterns: data integrity', () => {
  it('has unique zone ids and trigger-point ids across all patterns', () => {
    const ids = [...zones.map((z) => z.id), ...triggerPoints.map((t) => t.id)]
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('names only real landmarks, written for the left side (or the midline)', () => {
    const refs: [string, string][] = [
      ...zones.flatMap((z) => landmarksOf(z.shape).map((id): [string, string] => [z.id, id])),
      ...triggerPoints.map((t): [string, string] => [t.id, t.at.landmark]),
    ]
    for (const [owner, id] of refs) {
      expect(KNOWN_LANDMARKS.has(id), `${owner}: ${id}`).toBe(true)
      expect(id.endsWith('_r'), `${owner}: ${id} is a right-side id`).toBe(false)
    }
  })

  it('has weights in [0, 1]: essential 1, spillover at most 0.5; soft edges of a few cm', () => {
    for (const z of zones) {
      expect(z.weight, z.id).toBeGreaterThan(0)
      expect(z.weight, z.id).toBeLessThanOrEqual(1)
      if (z.kind === 'essential') expect(z.weight, z.id).toBe(1)
      else expect(z.weight, z.id).toBeLessThanOrEqual(0.5)
      expect(z.edgeCm, z.id).toBeGreaterThanOrEqual(1)
      expect(z.edgeCm, z.id).toBeLessThanOrEqual(4)
    }
  })

  it('has well-formed shapes (ordered ranges, positive sizes, finite offsets)', () => {
    const finite = (r: PointRef) => (r.offsetCm ?? [0, 0, 0]).every(Number.isFinite)
    for (const z of zones as PainZone[]) {
      const s = z.shape
      if (s.type === 'trunkBand') {
        expect(s.lateralCm[0], z.id).toBeGreaterThanOrEqual(0)
        expect(s.lateralCm[1], z.id).toBeGreaterThan(s.lateralCm[0])
      } else if (s.type === 'limbBand') {
        expect(s.along[1], z.id).toBeGreaterThan(s.along[0])
        expect(s.aroundDeg.halfWidth, z.id).toBeGreaterThan(0)
        expect(s.aroundDeg.halfWidth, z.id).toBeLessThan(180)
      } else if (s.type === 'patch') {
        expect(s.radiusCm, z.id).toBeGreaterThan(0)
        expect(finite(s.centre), z.id).toBe(true)
      } else if (s.type === 'strip') {
        expect(s.path.length, z.id).toBeGreaterThanOrEqual(2)
        for (const n of s.path) {
          expect(n.halfWidthCm, z.id).toBeGreaterThan(0)
          expect(finite(n.at), z.id).toBe(true)
        }
      } else if (s.type === 'oval') {
        expect(s.acrossCm, z.id).toBeGreaterThan(0)
        expect(s.alongCm, z.id).toBeGreaterThanOrEqual(s.acrossCm)
        expect(finite(s.centre) && finite(s.towards), z.id).toBe(true)
      } else {
        expect(s.path.length, z.id).toBeGreaterThanOrEqual(2)
        // In order down the limb: thigh nodes, then leg nodes, each further along.
        const order = s.path.map((n) => (n.segment === 'thigh' ? 0 : 10) + n.along)
        for (let i = 1; i < order.length; i++) expect(order[i]!, z.id).toBeGreaterThan(order[i - 1]!)
        for (const n of s.path) expect(n.halfWidthCm, z.id).toBeGreaterThan(0)
      }
    }
    for (const t of triggerPoints) expect(finite(t.at), t.id).toBe(true)
  })

  it('cites sources on every pattern, zone and trigger point, each a key of PAIN_SOURCES with a URL', () => {
    const cited = [
      ...PAIN_PATTERNS.map((p) => [p.muscle, p.sources] as const),
      ...zones.map((z) => [z.id, z.sources] as const),
      ...triggerPoints.map((t) => [t.id, t.sources] as const),
    ]
    for (const [owner, keys] of cited) {
      expect(keys.length, owner).toBeGreaterThan(0)
      for (const k of keys) {
        const s = painSourceByKey(k)
        expect(s, `${owner}: ${k}`).toBeDefined()
        expect(s!.url, k).toMatch(/^https?:\/\/\S+$/)
        expect(s!.title.length, k).toBeGreaterThan(5)
      }
    }
  })

  it('lists each source once, and only sources the patterns cite', () => {
    const keys = PAIN_SOURCES.map((s) => s.key)
    expect(new Set(keys).size).toBe(keys.length)
    const used = new Set(
      [
        ...PAIN_PATTERNS.map((p) => p.sources),
        ...zones.map((z) => z.sources),
        ...triggerPoints.map((t) => t.sources),
      ].flat(),
    )
    expect(keys.filter((k) => !used.has(k))).toEqual([])
  })

  it('gives every trigger point a one-line hint, a depth and a name', () => {
    for (const t of triggerPoints) {
      expect(t.hint.trim().length, t.id).toBeGreaterThan(20)
      expect(t.hint, t.id).not.toMatch(/[\r\n]/)
      expect(t.hint.length, t.id).toBeLessThanOrEqual(200)
      expect(['superficial', 'deep']).toContain(t.depth)
      expect(t.name.length, t.id).toBeGreaterThan(3)
    }
  })

  it('gives every pattern a plain summary of one or two sentences, and every zone a label', () => {
    for (const p of PAIN_PATTERNS) {
      expect(p.summary, p.muscle).not.toMatch(/[\r\n]/)
      const sentences = p.summary.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 0)
      expect(sentences.length, p.muscle).toBeGreaterThanOrEqual(1)
      expect(sentences.length, p.muscle).toBeLessThanOrEqual(2)
      // Plain language: none of the chart jargon.
      expect(p.summary, p.muscle).not.toMatch(/essential|spillover|trigger point|TrP/i)
    }
    for (const z of zones) expect(z.label.length, z.id).toBeGreaterThan(3)
  })
})
