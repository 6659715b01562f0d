import { useThree } from '@react-three/fiber'
import { useLayoutEffect, useRef, type ReactNode } from 'react'
import type { Group } from 'three'
import { appStore, subscribeSlice } from '../store/appStore'
import { boneFilesSettled } from '../store/viewerSlice'

/**
 * Holds its children (the muscles, the skin) hidden until every bone file has settled, so nothing
 * that lies on the bones is drawn before them. Applied imperatively from the store, like every
 * layer: the group is shown in the same store update that settles the last bone file, before the
 * next frame (and so before the ready probe can count that frame). Hidden children are not
 * pickable either: picking checks that every ancestor is visible.
 */
export function AfterBones({ children }: { children?: ReactNode }) {
  const invalidate = useThree((s) => s.invalidate)
  const group = useRef<Group>(null)
  // A layout effect: the group must be hidden before the first frame, not one frame later.
  useLayoutEffect(() => {
    const apply = () => {
      const shown = boneFilesSettled(appStore.getState().viewer)
      if (group.current && group.current.visible !== shown) {
        group.current.visible = shown
        invalidate()
      }
    }
    apply()
    return subscribeSlice('viewer', apply)
  }, [invalidate])
  return (
    <group ref={group} name="after-bones">
      {children}
    </group>
  )
}
