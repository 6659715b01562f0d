import { createContext, useContext, useEffect } from 'react'
import type { Mat4 } from '../../anatomy/mat4'
import type { PostureState } from '../../store/postureSlice'

/**
 * Something that follows the posture rig: called once per pose change with the rig's transforms
 * (mm, by rig id) and the posture they came from. The muscles follow this way; bone, disc and
 * skin-joint nodes are moved by the rig itself.
 */
export type RigFollower = (transforms: Readonly<Record<string, Mat4>>, posture: PostureState) => void

/** What `<PostureRig>` offers the scene pieces inside it. */
export interface Rig {
  /** Follow the rig from now on; returns the unfollow. The follower is called at once with the current pose. */
  follow(fn: RigFollower): () => void
}

export const RigContext = createContext<Rig | null>(null)

/** Follow the posture rig of the enclosing `<PostureRig>` (a no-op outside one). */
export function useRigFollower(fn: RigFollower | null): void {
  const rig = useContext(RigContext)
  useEffect(() => (rig && fn ? rig.follow(fn) : undefined), [rig, fn])
}
