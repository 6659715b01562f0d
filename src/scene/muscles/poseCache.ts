import type { Mat4 } from '../../anatomy/mat4'
import { poseTransforms } from '../../anatomy/rig'
import { poseOf, type PostureState } from '../../store/postureSlice'
import type { MuscleMeshes } from './muscleMeshes'

/**
 * Muscle shapes remembered along the posture path, so an animated frame blends two stored shapes
 * instead of lofting every belly again.
 *
 * Why: everything the rig shows is `poseOf(target, side, amount)`, one number along one path per
 * target and side. The exact loft costs about half a millisecond in Node and three times that in
 * a browser whose two cores are shared with a software GPU (the budget is 2 ms p95 a frame).
 *
 * - *Moving* (the posture has a goal: Play, a pose button): the shape is a linear blend of the two
 *   nearest keyframes, lofted exactly every 1/16 of the way. Between keyframes the blended surface
 *   stays within 2.4 mm of the exact one (measured in `tests/unit/musclePoseCache.test.ts`), for
 *   the fraction of a second the frame spends there.
 * - *Still* (no goal: the slider, or arrived): the exact loft for the transforms on screen, so a
 *   pose held for the patient is never an approximation.
 *
 * Keyframes are lofted when a frame first needs them (at most two a frame), or ahead of time by
 * `warm` while the page is idle. A few paths are kept; the least recently used is dropped.
 */
export interface MusclePoseCache {
  /**
   * Shape the muscles for a posture and the transforms the rig drew it with (and show only its
   * side's muscles): blended while it moves, exact when still.
   */
  apply(posture: ShownPosture, transforms: Readonly<Record<string, Mat4>>): void
  /** Loft one missing keyframe of this posture's path; false once the path is complete. */
  warm(posture: Pick<PostureState, 'target' | 'side'>): boolean
  /** Keyframes lofted so far (for tests). */
  readonly lofted: () => number
}

/** What the cache needs of a posture. */
export type ShownPosture = Pick<PostureState, 'target' | 'amount' | 'side' | 'goal'>

/** Keyframe spacing along a path: 1/16 of standing → target. */
export const POSE_CACHE_STEPS = 16
/** Paths kept (about 1.2 MB each); switching between a few poses never re-lofts. */
const PATHS_KEPT = 6

/** One belly's stored shape: positions, normals (as drawn) and its bounding sphere (m). */
interface BellyFrame {
  readonly positions: Float32Array
  readonly normals: Float32Array
  readonly sphere: readonly [number, number, number, number]
}

type Frame = readonly (BellyFrame | null)[]

/** Remember shapes for `muscles` (which it reshapes through its exact `update`). */
export function createMusclePoseCache(muscles: MuscleMeshes, steps = POSE_CACHE_STEPS): MusclePoseCache {
  const paths = new Map<string, (Frame | undefined)[]>()
  let lofted = 0

  const pathOf = (p: Pick<PostureState, 'target' | 'side'>): (Frame | undefined)[] => {
    const key = `${p.target}|${p.side}`
    let frames = paths.get(key)
    if (frames) {
      // Most recently used last.
      paths.delete(key)
    } else {
      frames = Array.from({ length: steps + 1 }, () => undefined)
      if (paths.size >= PATHS_KEPT) paths.delete(paths.keys().next().value!)
    }
    paths.set(key, frames)
    return frames
  }

  /** Loft keyframe i exactly and store what each visible belly drew. */
  const loft = (p: Pick<PostureState, 'target' | 'side'>, i: number): Frame => {
    muscles.update(poseTransforms(poseOf({ target: p.target, side: p.side, amount: i / steps })), p.side)
    lofted++
    return muscles.bellies.map((b) => (b.mesh.visible ? onScreen(b.mesh) : null))
  }

  const frameAt = (p: Pick<PostureState, 'target' | 'side'>, frames: (Frame | undefined)[], i: number): Frame =>
    (frames[i] ??= loft(p, i))

  const cache: MusclePoseCache = {
    apply(posture, transforms) {
      const frames = pathOf(posture)
      const at = Math.min(1, Math.max(0, posture.amount)) * steps
      const i0 = Math.min(steps - 1, Math.floor(at))
      const f = at - i0
      const onKeyframe = (f === 0 && frames[i0]) || (f === 1 && frames[i0 + 1])
      if (posture.goal === null && !onKeyframe) {
        muscles.update(transforms, posture.side)
        return
      }
      const a = frameAt(posture, frames, i0)
      const b = f > 0 ? frameAt(posture, frames, i0 + 1) : a
      muscles.bellies.forEach((belly, j) => {
        const fa = a[j]
        const fb = b[j]
        belly.mesh.visible = fa !== null && fa !== undefined
        if (!fa || !fb) return
        const g = belly.mesh.geometry
        blend(fa.positions, fb.positions, f, g.attributes.position!.array as Float32Array)
        blend(fa.normals, fb.normals, f, g.attributes.normal!.array as Float32Array)
        g.attributes.position!.needsUpdate = true
        g.attributes.normal!.needsUpdate = true
        // A blend of two points lies within max(rA, rB) of the blend of the two centres.
        const [ax, ay, az, ar] = fa.sphere
        const [bx, by, bz, br] = fb.sphere
        g.boundingSphere!.center.set(ax + (bx - ax) * f, ay + (by - ay) * f, az + (bz - az) * f)
        g.boundingSphere!.radius = Math.max(ar, br)
      })
    },
    warm(posture) {
      const frames = paths.get(`${posture.target}|${posture.side}`) ?? pathOf(posture)
      const i = frames.findIndex((x) => x === undefined)
      if (i < 0) return false
      // Lofting draws keyframe i into the meshes: put back what is on screen.
      const before = muscles.bellies.map((b) => onScreen(b.mesh))
      frames[i] = loft(posture, i)
      muscles.bellies.forEach((b, j) => restore(b.mesh, before[j]!))
      return true
    },
    lofted: () => lofted,
  }
  return cache
}

type BellyMeshObject = MuscleMeshes['bellies'][number]['mesh']

/** A copy of what a belly mesh shows now. */
function onScreen(mesh: BellyMeshObject): BellyFrame & { visible: boolean } {
  const g = mesh.geometry
  const s = g.boundingSphere!
  return {
    positions: Float32Array.from(g.attributes.position!.array as Float32Array),
    normals: Float32Array.from(g.attributes.normal!.array as Float32Array),
    sphere: [s.center.x, s.center.y, s.center.z, s.radius],
    visible: mesh.visible,
  }
}

/** Put back what `onScreen` copied. */
function restore(mesh: BellyMeshObject, was: ReturnType<typeof onScreen>): void {
  const g = mesh.geometry
  ;(g.attributes.position!.array as Float32Array).set(was.positions)
  ;(g.attributes.normal!.array as Float32Array).set(was.normals)
  g.attributes.position!.needsUpdate = true
  g.attributes.normal!.needsUpdate = true
  g.boundingSphere!.center.set(was.sphere[0], was.sphere[1], was.sphere[2])
  g.boundingSphere!.radius = was.sphere[3]
  mesh.visible = was.visible
}

/** out = a + (b − a)·f, elementwise. (Normals need no renormalising: the shader normalises.) */
function blend(a: Float32Array, b: Float32Array, f: number, out: Float32Array): void {
  if (f === 0 || f === 1) {
    out.set(f === 0 ? a : b)
    return
  }
  for (let i = 0; i < out.length; i++) out[i] = a[i]! + (b[i]! - a[i]!) * f
}
