import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef, type ReactNode } from 'react'
import { Matrix4, type Object3D } from 'three'
import { MM_PER_M, scaleTranslation, type Mat4 } from '../../anatomy/mat4'
import { poseTransforms } from '../../anatomy/rig'
import type { AnatomyUserData } from '../../models/nodeIndex'
import type { LoadedModel } from '../../models/useModels'
import { appStore } from '../../store/appStore'
import { poseOf, publishPosture, stepPosture, type PostureState } from '../../store/postureSlice'
import { prefersReducedMotion } from '../reducedMotion'
import type { CostLog } from './costLog'
import { RigContext, type Rig, type RigFollower } from './rigContext'

/** How often (ms) the animated posture is published to the store for the slider and readouts. */
const PUBLISH_MS = 100
/** With reduced motion, Play shows each pose for this long instead of gliding between them. */
const REDUCED_MOTION_HOLD_MS = 2000

/** A node the rig moves: a bone or disc, or one of the skin's joints. */
interface RiggedNode {
  readonly id: string
  readonly node: Object3D
  readonly standing: Matrix4
}

const _m = new Matrix4()
const _e: number[] = new Array<number>(16)

/** Bone and disc nodes, and the skin's joints (which stand at the origin), with their standing matrices. */
function riggedNodes(models: readonly LoadedModel[]): RiggedNode[] {
  const out: RiggedNode[] = []
  for (const { scene } of models) {
    scene.traverse((o) => {
      const d = o.userData as AnatomyUserData & { joint?: string }
      const id = d.anatomyId && (d.kind === 'bone' || d.kind === 'disc') ? d.anatomyId : d.joint
      if (!id) return
      o.updateMatrix()
      out.push({ id, node: o, standing: o.matrix.clone() })
    })
  }
  return out
}

/** The rig sets these nodes' matrices itself from now on. */
function takeOver(nodes: readonly RiggedNode[]): void {
  for (const n of nodes) n.node.matrixAutoUpdate = false
}

/** Put the nodes back where they stand and let three manage their matrices again. */
function handBack(nodes: readonly RiggedNode[]): void {
  for (const n of nodes) {
    n.node.matrix.copy(n.standing)
    n.node.matrixAutoUpdate = true
  }
}

/**
 * The posture rig: owns pose → transforms for the whole scene. Every frame it advances the
 * posture animation, moves each bone, disc and skin-joint node by the rig's transform, and tells
 * its followers (the muscles) the new transforms. It writes the store only through
 * `publishPosture`, at most ten times a second; nothing here goes through React state.
 *
 * Scene pieces that move with the posture sit inside it and call `useRigFollower`.
 */
export function PostureRig({
  models,
  costs,
  children,
}: {
  models: readonly LoadedModel[]
  /** Where the cost of each posture update (rig + followers) is logged, for the benchmark. */
  costs: CostLog
  children?: ReactNode
}) {
  const invalidate = useThree((s) => s.invalidate)
  const nodes = useMemo(() => riggedNodes(models), [models])
  const followers = useRef(new Set<RigFollower>())
  const last = useRef<{ transforms: Record<string, Mat4>; posture: PostureState } | null>(null)
  const applied = useRef<PostureState | null>(null)
  const live = useRef<PostureState>(appStore.getState().posture)
  const lastPublish = useRef(0)
  const lastJump = useRef(0)

  const rig = useMemo<Rig>(
    () => ({
      follow(fn) {
        followers.current.add(fn)
        if (last.current) fn(last.current.transforms, last.current.posture)
        invalidate()
        return () => followers.current.delete(fn)
      },
    }),
    [invalidate],
  )

  useEffect(() => {
    takeOver(nodes)
    applied.current = null
    invalidate()
    // Outside changes (buttons, slider) restart the loop; the frame loop is on demand.
    const unsubscribe = appStore.subscribe((s) => {
      if (s.posture !== live.current) {
        live.current = s.posture
        invalidate()
      }
    })
    return () => {
      unsubscribe()
      handBack(nodes)
    }
  }, [nodes, invalidate])

  useFrame((_, delta) => {
    const before = live.current
    const instant = prefersReducedMotion()
    let next = before
    const holding = instant && before.playing && performance.now() - lastJump.current < REDUCED_MOTION_HOLD_MS
    if (holding) {
      // Jump, then hold: wake up again when the hold is over (the frame loop is on demand).
      window.setTimeout(invalidate, REDUCED_MOTION_HOLD_MS)
    } else {
      next = stepPosture(before, Math.min(delta, 0.1), instant)
      if (instant && next !== before) lastJump.current = performance.now()
    }
    live.current = next
    const prev = applied.current
    const poseChanged = !prev || prev.amount !== next.amount || prev.target !== next.target || prev.side !== next.side
    if (poseChanged) {
      const t0 = performance.now()
      const transforms = poseTransforms(poseOf(next))
      for (const n of nodes) {
        const d = transforms[n.id]
        if (d) n.node.matrix.multiplyMatrices(_m.fromArray(scaleTranslation(d, 1 / MM_PER_M, _e)), n.standing)
      }
      for (const fn of followers.current) fn(transforms, next)
      costs.push(performance.now() - t0)
      last.current = { transforms, posture: next }
      applied.current = next
    }
    const now = performance.now()
    if (next !== before && (next.goal === null || now - lastPublish.current > PUBLISH_MS)) {
      lastPublish.current = now
      publishPosture(next)
    }
    if (next.goal !== null && !holding) invalidate() // keep animating
  })

  return <RigContext.Provider value={rig}>{children}</RigContext.Provider>
}
