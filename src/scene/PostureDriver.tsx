import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import { Matrix4, type Object3D } from 'three'
import type { Mat4 } from '../anatomy/mat4'
import { poseTransforms } from '../anatomy/rig'
import type { LoadedModel } from '../models/useModels'
import type { AnatomyUserData } from '../models/nodeIndex'
import { poseOf, postureStore, stepPosture, type PostureState } from '../store/postureStore'
import { prefersReducedMotion } from './reducedMotion'
import type { MuscleMeshes } from './muscles/muscleMeshes'

/** How often (ms) the animated posture is written back to the store for the slider and readouts. */
const PUBLISH_MS = 100
/** With reduced motion, Play shows each pose for this long instead of gliding between them. */
const REDUCED_MOTION_HOLD_MS = 2000

/** Per-frame cost of the posture update (rig + muscles), kept for the benchmark. */
export const updateTimings: number[] = []

const _m = new Matrix4()

/** Copy a millimetre rig transform into a three.js matrix in metres. */
function toMetres(d: Mat4, out: Matrix4): Matrix4 {
  out.fromArray(d as number[])
  out.elements[12]! *= 0.001
  out.elements[13]! *= 0.001
  out.elements[14]! *= 0.001
  return out
}

interface RiggedNode {
  readonly id: string
  readonly node: Object3D
  readonly standing: Matrix4
}

/** The driver sets these nodes' matrices itself from now on. */
function takeOver(nodes: readonly RiggedNode[]): void {
  for (const n of nodes) n.node.matrixAutoUpdate = false
}

/** Put the nodes back in their standing place and let three manage their matrices again. */
function handBack(nodes: readonly RiggedNode[]): void {
  for (const n of nodes) {
    n.node.matrix.copy(n.standing)
    n.node.matrixAutoUpdate = true
  }
}

/**
 * Drives the posture every frame: advances the animation, moves every bone and disc node (and the
 * skin's joints) by the rig's transform, and reshapes the muscles. Nothing here goes through React state; the store is
 * written at most ten times a second.
 */
export function PostureDriver({ models, muscles }: { models: readonly LoadedModel[]; muscles: MuscleMeshes | null }) {
  const invalidate = useThree((s) => s.invalidate)
  // Bone and disc nodes with their standing matrices, found once per set of models.
  const nodes = useMemo(() => {
    const out: RiggedNode[] = []
    for (const { scene } of models) {
      scene.traverse((o) => {
        const d = o.userData as AnatomyUserData & { joint?: string }
        // Bones and discs, and the skin's joints (which stand at the origin, so D is their matrix).
        const id = d.anatomyId && (d.kind === 'bone' || d.kind === 'disc') ? d.anatomyId : d.joint
        if (!id) return
        o.updateMatrix()
        out.push({ id, node: o, standing: o.matrix.clone() })
      })
    }
    return out
  }, [models])
  const applied = useRef<PostureState | null>(null)
  const lastPublish = useRef(0)
  const live = useRef<PostureState>(postureStore.getState())
  const lastJump = useRef(0)

  useEffect(() => {
    takeOver(nodes)
    applied.current = null
    invalidate()
    // Outside changes (buttons, slider) restart the loop; the frame loop is on demand.
    const unsubscribe = postureStore.subscribe((s) => {
      if (s !== live.current) {
        live.current = s
        invalidate()
      }
    })
    return () => {
      unsubscribe()
      handBack(nodes)
    }
  }, [nodes, invalidate])

  useEffect(() => {
    applied.current = null
    invalidate()
  }, [muscles, invalidate])

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
        if (d) n.node.matrix.multiplyMatrices(toMetres(d, _m), n.standing)
      }
      muscles?.update(transforms, next.side)
      updateTimings.push(performance.now() - t0)
      if (updateTimings.length > 2000) updateTimings.splice(0, 1000)
      applied.current = next
    }
    const now = performance.now()
    if (next !== before && (next.goal === null || now - lastPublish.current > PUBLISH_MS)) {
      lastPublish.current = now
      postureStore.setState(next, true)
    }
    if (next.goal !== null && !holding) invalidate() // keep animating
  })
  return null
}
