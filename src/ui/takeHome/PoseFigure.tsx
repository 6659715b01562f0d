import { useId } from 'react'
import { namedPose, type PoseName } from '../../anatomy/poses'
import type { Side } from '../../anatomy/types'
import { figureBounds, poseFigure, type FigureLeg, type Point } from './poseFigure'

/** Poses done lying down: the figure lies on its back (the 3D model shows them upright). */
const LYING: readonly PoseName[] = ['release']

const INK = '#1f2630'
const FAR = '#9aa3ae'
const LINE = 0.03

const pts = (...p: Point[]): string => p.map(([x, y]) => `${x.toFixed(4)},${(-y).toFixed(4)}`).join(' ')

function Leg({ leg, color }: { leg: FigureLeg; color: string }) {
  return (
    <polyline
      points={pts(leg.hip, leg.knee, leg.ankle, leg.heel, leg.toe)}
      fill="none"
      stroke={color}
      strokeWidth={LINE}
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  )
}

/**
 * A side view of a pose as a stick figure (trunk, pelvis, thighs, shanks, feet, head), drawn from
 * the pose's angles in `anatomy/poses.ts`: the handout's exercise pictures, and any list that
 * wants a small picture of a pose. The leg of `near` (the patient's left by default: the figure
 * faces right, seen from its left) is dark, the other grey.
 */
export function PoseFigure({
  pose,
  side = 'l',
  label,
  className,
}: {
  pose: PoseName
  /** The side the pose is done on (for one-sided exercises); it is the near, dark leg. */
  side?: Side
  /** What the picture shows, for screen readers. */
  label: string
  className?: string
}) {
  const titleId = useId()
  const figure = poseFigure(namedPose(pose, side), LYING.includes(pose))
  const [x0, y0, x1, y1] = figureBounds(figure)
  const pad = 0.05
  // SVG y runs down: the figure's y is negated, so its top (y1) is the box's top.
  const viewBox = [x0 - pad, -y1 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad].map((v) => v.toFixed(4)).join(' ')
  const near = figure.legs.find((l) => l.side === side)!
  const far = figure.legs.find((l) => l.side !== side)!
  return (
    <svg className={className} viewBox={viewBox} role="img" aria-labelledby={titleId} data-pose={pose}>
      <title id={titleId}>{label}</title>
      <line
        x1={x0 - pad}
        x2={x1 + pad}
        y1={-figure.floor}
        y2={-figure.floor}
        stroke="#8a929c"
        strokeWidth={LINE / 2}
        strokeDasharray="0.03 0.02"
      />
      <Leg leg={far} color={FAR} />
      <polyline points={pts(...figure.pelvis)} stroke={INK} strokeWidth={LINE * 1.6} strokeLinecap="round" />
      <polyline points={pts(figure.hip, figure.shoulder)} stroke={INK} strokeWidth={LINE * 1.3} strokeLinecap="round" />
      <circle cx={figure.head[0]} cy={-figure.head[1]} r={figure.headRadius} fill={INK} />
      <Leg leg={near} color={INK} />
    </svg>
  )
}
