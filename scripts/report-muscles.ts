/**
 * `npm run -s report:muscles`: iliopsoas lengths as JSON lines on stdout, nothing else.
 *
 * One object per line: `{"muscle", "strand" (null = whole muscle: its line of action from the centroid of
 * its origin area to the insertion, as musculoskeletal models measure it),
 * "pose" (null for the hip-flexion sweep), "hipFlexionDeg", "lengthMm"}` — for hip flexion 0, 30,
 * 60 and 90° with the pelvis and spine standing, then for the named poses standing, sitting and
 * stretch (both hips extended). Lengths come from `muscleLengths`, the function the app's readout
 * uses, so the report and the screen cannot disagree.
 */
import { MUSCLES, STRANDS } from '../src/anatomy/muscles'
import { muscleLengths } from '../src/anatomy/musclePath'
import { SITTING, STANDING, hipFlexionPose, stretchPose, type Pose, type PoseName } from '../src/anatomy/poses'

const round1 = (x: number) => Math.round(x * 10) / 10

function emit(pose: Pose, poseName: PoseName | null): void {
  const { strands, muscles } = muscleLengths(pose)
  for (const m of MUSCLES) {
    const hipFlexionDeg = pose.hipFlexionDeg[m.side]
    const line = (strand: string | null, length: number | undefined) => {
      if (length === undefined) throw new Error(`report: no length for ${m.id} ${strand ?? ''}`)
      process.stdout.write(
        JSON.stringify({ muscle: m.id, strand, pose: poseName, hipFlexionDeg, lengthMm: round1(length) }) + '\n',
      )
    }
    line(null, muscles[m.id])
    for (const s of STRANDS.filter((x) => x.muscle === m.id)) line(s.strand, strands[s.id])
  }
}

for (const deg of [0, 30, 60, 90]) emit(hipFlexionPose(deg), null)
emit(STANDING, 'standing')
emit(SITTING, 'sitting')
emit(stretchPose('both'), 'stretch')
