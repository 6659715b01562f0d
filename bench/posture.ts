/**
 * Node micro-benchmark of the pure posture update the app runs on every animated frame:
 * the rig (`poseTransforms`) and the muscle reshape, swept stand ↔ sit as the Play button does.
 * The muscles go through the pose cache as in the app (`createMusclePoseCache(...).apply`, a blend
 * of two keyframes while moving, the path warmed first as the page does when idle); the exact
 * loft a still pose or a new keyframe costs (`createMuscleMeshes().update`) is timed too.
 * No browser, no GPU: this is the JavaScript cost alone.
 *
 * `npx tsx bench/posture.ts` prints a table; `--json` prints one JSON object (read by
 * `scripts/bench.ts`, which runs this file in its own Node process, before the browser starts).
 * Figures are microseconds per update: median and p95 of every timed iteration, per batch and
 * over all batches, so the spread between batches shows how far to trust them.
 */
import { performance } from 'node:perf_hooks'
import { lerpPose, namedPose, STANDING } from '../src/anatomy/poses'
import { poseTransforms } from '../src/anatomy/rig'
import { createMuscleMeshes } from '../src/scene/muscles/muscleMeshes'
import { createMusclePoseCache } from '../src/scene/muscles/poseCache'

const BATCHES = Number(process.env.BENCH_POSTURE_BATCHES ?? 3)
const ITERATIONS = Number(process.env.BENCH_POSTURE_ITERATIONS ?? 600)
const WARMUP = 200
/** Posture steps per stand → sit sweep: about 2.5 s of animation at 50 updates a second. */
const STEPS = 125

interface PostureBenchBatch {
  readonly iterations: number
  readonly rigUsMedian: number
  readonly rigUsP95: number
  readonly musclesUsMedian: number
  readonly musclesUsP95: number
  readonly totalUsMedian: number
  readonly totalUsP95: number
  /** The exact loft of every muscle (a still pose, or a keyframe lofted for the first time). */
  readonly loftUsMedian: number
  readonly loftUsP95: number
  /** Process CPU time (user + system) over the batch divided by its iterations: unlike the
   * wall-clock figures above it does not grow when other processes take the cores. */
  readonly cpuUsPerUpdate: number
}

interface PostureBenchResult {
  readonly batches: readonly PostureBenchBatch[]
  /** Over every timed iteration of every batch. */
  readonly all: PostureBenchBatch
  readonly warmupIterations: number
  readonly sweepSteps: number
}

const quantile = (xs: Float64Array, q: number): number => {
  const s = Float64Array.from(xs).sort()
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!
}

const round = (x: number): number => Math.round(x * 100) / 100

function summarise(
  rig: Float64Array,
  muscles: Float64Array,
  total: Float64Array,
  loft: Float64Array,
  cpuUs: number,
): PostureBenchBatch {
  return {
    iterations: total.length,
    rigUsMedian: round(quantile(rig, 0.5)),
    rigUsP95: round(quantile(rig, 0.95)),
    musclesUsMedian: round(quantile(muscles, 0.5)),
    musclesUsP95: round(quantile(muscles, 0.95)),
    totalUsMedian: round(quantile(total, 0.5)),
    totalUsP95: round(quantile(total, 0.95)),
    loftUsMedian: round(quantile(loft, 0.5)),
    loftUsP95: round(quantile(loft, 0.95)),
    cpuUsPerUpdate: round(cpuUs / total.length),
  }
}

/** The sitting amount at step `i` of a triangle wave 0 → 1 → 0 (what `poseOf` lerps by). */
const amountAt = (i: number): number => {
  const k = i % (2 * STEPS)
  return k <= STEPS ? k / STEPS : (2 * STEPS - k) / STEPS
}

function runPostureBench(): PostureBenchResult {
  const meshes = createMuscleMeshes()
  const cache = createMusclePoseCache(meshes)
  while (cache.warm({ target: 'sitting', side: 'both' }));
  const sitting = namedPose('sitting', 'both')
  // The same pose the app computes: `poseOf` in src/store/postureSlice.ts is this lerp.
  const postureAt = (i: number) =>
    ({ target: 'sitting', side: 'both', amount: amountAt(i), goal: { target: 'sitting', amount: 1 } }) as const
  const step = (i: number) => {
    const transforms = poseTransforms(lerpPose(STANDING, sitting, amountAt(i)))
    cache.apply(postureAt(i), transforms)
    meshes.update(transforms, 'both')
  }
  for (let i = 0; i < WARMUP; i++) step(i)

  const rigAll = new Float64Array(BATCHES * ITERATIONS)
  const musclesAll = new Float64Array(BATCHES * ITERATIONS)
  const totalAll = new Float64Array(BATCHES * ITERATIONS)
  const loftAll = new Float64Array(BATCHES * ITERATIONS)
  const batches: PostureBenchBatch[] = []
  for (let b = 0; b < BATCHES; b++) {
    const rig = rigAll.subarray(b * ITERATIONS, (b + 1) * ITERATIONS)
    const muscles = musclesAll.subarray(b * ITERATIONS, (b + 1) * ITERATIONS)
    const total = totalAll.subarray(b * ITERATIONS, (b + 1) * ITERATIONS)
    const loft = loftAll.subarray(b * ITERATIONS, (b + 1) * ITERATIONS)
    let cpuUs = 0
    for (let i = 0; i < ITERATIONS; i++) {
      const pose = lerpPose(STANDING, sitting, amountAt(i))
      const cpu0 = process.cpuUsage()
      const t0 = performance.now()
      const transforms = poseTransforms(pose)
      const t1 = performance.now()
      cache.apply(postureAt(i), transforms)
      const t2 = performance.now()
      const cpu = process.cpuUsage(cpu0)
      cpuUs += cpu.user + cpu.system
      rig[i] = (t1 - t0) * 1000
      muscles[i] = (t2 - t1) * 1000
      total[i] = (t2 - t0) * 1000
      // Not part of an animated frame: the exact loft, for the still poses and new keyframes.
      const t3 = performance.now()
      meshes.update(transforms, 'both')
      loft[i] = (performance.now() - t3) * 1000
    }
    batches.push(summarise(rig, muscles, total, loft, cpuUs))
  }
  meshes.dispose()
  const cpuAll = batches.reduce((n, b) => n + b.cpuUsPerUpdate * b.iterations, 0)
  return {
    batches,
    all: summarise(rigAll, musclesAll, totalAll, loftAll, cpuAll),
    warmupIterations: WARMUP,
    sweepSteps: STEPS,
  }
}

const result = runPostureBench()
if (process.argv.includes('--json')) {
  process.stdout.write(JSON.stringify(result) + '\n')
} else {
  const rows = [...result.batches.map((b, i) => [`batch ${i + 1}`, b] as const), ['all', result.all] as const]
  console.log(
    'posture update (µs)   rig p50/p95      muscles p50/p95    total p50/p95      CPU per update   exact loft p50/p95',
  )
  for (const [name, b] of rows) {
    const cells = [`${b.rigUsMedian} / ${b.rigUsP95}`, `${b.musclesUsMedian} / ${b.musclesUsP95}`]
    cells.push(`${b.totalUsMedian} / ${b.totalUsP95}`)
    const cpu = String(b.cpuUsPerUpdate)
    console.log(
      `${name.padEnd(20)}  ${cells[0]!.padEnd(16)} ${cells[1]!.padEnd(18)} ${cells[2]!.padEnd(18)} ${cpu.padEnd(16)} ${b.loftUsMedian} / ${b.loftUsP95}`,
    )
  }
}
