import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { STRANDS } from '../../src/anatomy/muscles'
import { muscleLengths } from '../../src/anatomy/musclePath'
import { SITTING, STANDING, hipFlexionPose, stretchPose, type Pose } from '../../src/anatomy/poses'

describe('report:muscles', () => {
  const lines = execFileSync('npx', ['tsx', 'scripts/report-muscles.ts'], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.length > 0)
    .map(
      (l) =>
        JSON.parse(l) as {
          muscle: string
          strand: string | null
          pose: 'standing' | 'sitting' | 'stretch' | null
          hipFlexionDeg: number
          lengthMm: number
        },
    )

  it('prints one JSON line per muscle and strand for each flexion angle and named pose', () => {
    // 4 hip angles + 3 named poses, each with 4 whole muscles and 28 strands.
    expect(lines.length).toBe(7 * (4 + STRANDS.length))
    for (const l of lines) expect(Object.keys(l)).toEqual(['muscle', 'strand', 'pose', 'hipFlexionDeg', 'lengthMm'])
    const sweep = lines.filter((l) => l.pose === null)
    expect([...new Set(sweep.map((l) => l.hipFlexionDeg))]).toEqual([0, 30, 60, 90])
    expect(lines.filter((l) => l.pose === 'sitting').every((l) => l.hipFlexionDeg === 72)).toBe(true)
    expect(lines.filter((l) => l.pose === 'stretch').every((l) => l.hipFlexionDeg === -12)).toBe(true)
    expect(lines.filter((l) => l.pose === 'standing').every((l) => l.hipFlexionDeg === 0)).toBe(true)
  })

  it('equals muscleLengths for the same poses, rounded to 0.1 mm', () => {
    const poseFor = (l: (typeof lines)[number]): Pose =>
      l.pose === null
        ? hipFlexionPose(l.hipFlexionDeg)
        : l.pose === 'standing'
          ? STANDING
          : l.pose === 'sitting'
            ? SITTING
            : stretchPose('both')
    const cache = new Map<Pose, ReturnType<typeof muscleLengths>>()
    for (const l of lines) {
      const pose = poseFor(l)
      const pl = cache.get(pose) ?? muscleLengths(pose)
      cache.set(pose, pl)
      const expected = l.strand === null ? pl.muscles[l.muscle] : pl.strands[`${l.muscle}:${l.strand}`]
      expect(expected, `${l.muscle} ${l.strand}`).toBeDefined()
      expect(l.lengthMm, `${l.muscle} ${l.strand} ${l.pose}`).toBe(Math.round(expected! * 10) / 10)
    }
  })
})
