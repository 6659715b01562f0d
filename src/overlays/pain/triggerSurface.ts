import type { Side, Vec3 } from '../../anatomy/types'

/**
 * A surface other than the skin that trigger-point crosses can sit on: the modelled muscles.
 *
 * Charts draw a trigger point's X on the muscle that holds it. For the muscles the scene models
 * (psoas and iliacus) the cross goes on that muscle's surface whenever the muscle is shown; for
 * every other muscle, and while the muscles are hidden, it stays on the skin over it (where it is
 * pressed). The scene owns the muscles and overlays may not import it, so the scene hands its
 * surface in through a {@link TriggerSurfaceSlot}.
 */
export interface TriggerSurface {
  /**
   * The surface point standing for a trigger point: the vertex, on one of `muscles` (scene ids),
   * nearest to `target` (standing pose, world mm) whose normal faces `facing` (null: any).
   * Null when none qualifies.
   */
  anchor(muscles: readonly string[], target: Vec3, facing: Vec3 | null): TriggerAnchor | null
  /** Where an anchor is now (world mm) and the surface normal there, for the current posture. */
  place(anchor: TriggerAnchor): { p: Vec3; n: Vec3 }
  /** Whether the muscles of this side are on screen (their layer is shown and the side is drawn). */
  shown(side: Side): boolean
}

/** A vertex of one muscle's surface. */
export interface TriggerAnchor {
  readonly muscle: string
  readonly vertex: number
}

/** Where the scene puts its surface for the crosses, and how the crosses hear it has come or gone. */
export class TriggerSurfaceSlot {
  private surface: TriggerSurface | null = null
  private readonly listeners = new Set<() => void>()

  /** The surface now (null before the muscles have mounted). */
  get current(): TriggerSurface | null {
    return this.surface
  }

  /** Put a surface in (or take it out with null); listeners hear of it. */
  set(surface: TriggerSurface | null): void {
    this.surface = surface
    for (const fn of this.listeners) fn()
  }

  /** Be told when the surface changes, or when what it shows changes; returns the unsubscribe. */
  listen(fn: () => void): () => void {
    this.listeners.add(fn)
    return () => this.listeners.delete(fn)
  }

  /** Tell the listeners that what the surface shows has changed (its layer or side). */
  changed(): void {
    for (const fn of this.listeners) fn()
  }
}
