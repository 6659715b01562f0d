import { useMemo } from 'react'
import { MUSCLES, STRANDS } from '../anatomy/muscles'
import { muscleLengths } from '../anatomy/musclePath'
import { STANDING, hipFlexionPose } from '../anatomy/poses'
import type { Side } from '../anatomy/types'
import { usePosture, useViewer } from '../store/appStore'
import { poseOf } from '../store/postureSlice'
import { ExpertToggle } from './ExpertToggle'

/** Strands shown beside each whole psoas in the expert view: its top and bottom transverse-process strands. */
const PSOAS_STRANDS = ['l1_transverse', 'l5_transverse'] as const
const CURVE_ANGLES = Array.from({ length: 22 }, (_, i) => -15 + i * 5) // −15° … 90°

const cm = (mm: number) => (mm / 10).toFixed(1)
const pct = (x: number) => `${Math.round(x * 100)}%`

/** One row of the readout: its length and its share of the standing length. */
function Row({
  id,
  label,
  length,
  standing,
  strong,
}: {
  id: string
  label: string
  length: number
  standing: number
  strong?: boolean
}) {
  return (
    <tr data-testid={`length-${id}`} data-length-mm={length.toFixed(1)} className={strong ? 'whole' : undefined}>
      <th scope="row">{label}</th>
      <td>{cm(length)} cm</td>
      <td>{pct(length / standing)}</td>
    </tr>
  )
}

/**
 * Live muscle lengths for the shown side(s), and length against hip bend with the current pose
 * marked. Strand rows (single lines of pull inside the psoas) only in the expert view.
 */
export function MuscleReadout() {
  const expert = useViewer((s) => s.expertTerms)
  const target = usePosture((s) => s.target)
  const amount = usePosture((s) => s.amount)
  const side = usePosture((s) => s.side)
  const pose = useMemo(() => poseOf({ target, amount, side }), [target, amount, side])
  const now = useMemo(() => muscleLengths(pose), [pose])
  const rest = useMemo(() => muscleLengths(STANDING), [])
  const curve = useMemo(() => CURVE_ANGLES.map((a) => ({ a, lengths: muscleLengths(hipFlexionPose(a)) })), [])
  const sides: Side[] = side === 'both' ? ['l', 'r'] : [side]
  const strand = (muscle: string, name: string) => STRANDS.find((s) => s.muscle === muscle && s.strand === name)
  return (
    <div className="readout">
      <table aria-label="Muscle lengths">
        <thead>
          <tr>
            <th scope="col">Muscle</th>
            <th scope="col">Length</th>
            <th scope="col">Compared with standing</th>
          </tr>
        </thead>
        <tbody>
          {sides.flatMap((sd) =>
            MUSCLES.filter((m) => m.side === sd).flatMap((m) => {
              const rows = [
                <Row
                  key={m.id}
                  id={m.id}
                  label={m.name}
                  length={now.muscles[m.id]!}
                  standing={rest.muscles[m.id]!}
                  strong
                />,
              ]
              if (expert && m.id.startsWith('psoas')) {
                for (const name of PSOAS_STRANDS) {
                  const s = strand(m.id, name)
                  if (s)
                    rows.push(
                      <Row
                        key={s.id}
                        id={s.id.replace(':', '-')}
                        label={`· ${s.label.replace(' transverse process', ' transverse')} strand`}
                        length={now.strands[s.id]!}
                        standing={rest.strands[s.id]!}
                      />,
                    )
                }
              }
              return rows
            }),
          )}
        </tbody>
      </table>
      <LengthChart
        side={sides[0]!}
        hipDeg={pose.hipFlexionDeg[sides[0]!]}
        now={now.muscles}
        rest={rest.muscles}
        curve={curve}
      />
      <p className="small">
        <ExpertToggle />
      </p>
    </div>
  )
}

interface ChartProps {
  side: Side
  hipDeg: number
  now: Readonly<Record<string, number>>
  rest: Readonly<Record<string, number>>
  curve: readonly { a: number; lengths: { muscles: Readonly<Record<string, number>> } }[]
}

const W = 230
const H = 170
const PAD = { l: 46, r: 8, t: 24, b: 36 }
const X0 = -15
const X1 = 90
const Y0 = 0.6
const Y1 = 1.15

/**
 * Muscle length (% of standing) against hip bend with the pelvis fixed, the current pose marked
 * with a dot on each line. The key above the plot tells the lines apart by name and by dash, not
 * by colour alone.
 */
function LengthChart({ side, hipDeg, now, rest, curve }: ChartProps) {
  const x = (a: number) => PAD.l + ((a - X0) / (X1 - X0)) * (W - PAD.l - PAD.r)
  const y = (f: number) => PAD.t + (1 - (f - Y0) / (Y1 - Y0)) * (H - PAD.t - PAD.b)
  const series = [
    { id: `psoas_major_${side}`, name: 'Psoas major', cls: 'psoas', keyX: PAD.l - 8 },
    { id: `iliacus_${side}`, name: 'Iliacus', cls: 'iliacus', keyX: PAD.l + 70 },
  ]
  const summary = series.map((s) => `${s.name} ${pct(now[s.id]! / rest[s.id]!)} of standing`).join(', ')
  const plotMidY = (PAD.t + H - PAD.b) / 2
  const nowX = x(Math.max(X0, Math.min(X1, hipDeg)))
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`Muscle length against hip bend. Now at ${Math.round(hipDeg)}° of hip bend: ${summary}.`}
    >
      <g className="legend">
        {series.map((s) => (
          <g key={s.id} className={s.cls}>
            <polyline points={`${s.keyX},8 ${s.keyX + 16},8`} />
            <text x={s.keyX + 20} y={11} className="tick">
              {s.name}
            </text>
          </g>
        ))}
        <circle cx={PAD.l + 126} cy={8} r={3.5} className="now-key" />
        <text x={PAD.l + 133} y={11} className="tick">
          now
        </text>
      </g>
      {[0.7, 0.8, 0.9, 1.0, 1.1].map((f) => (
        <g key={f}>
          <line x1={PAD.l} x2={W - PAD.r} y1={y(f)} y2={y(f)} className="grid" />
          <text x={PAD.l - 4} y={y(f) + 3} className="tick" textAnchor="end">
            {Math.round(f * 100)}%
          </text>
        </g>
      ))}
      {[0, 30, 60, 90].map((a) => (
        <text key={a} x={x(a)} y={H - PAD.b + 12} className="tick" textAnchor="middle">
          {a}°
        </text>
      ))}
      <text x={(PAD.l + W - PAD.r) / 2} y={H - 6} className="axis" textAnchor="middle">
        Hip bend (flexion), degrees
      </text>
      <text x={10} y={plotMidY} className="axis" textAnchor="middle" transform={`rotate(-90 10 ${plotMidY})`}>
        Length, % of standing
      </text>
      {series.map((s) => (
        <g key={s.id} className={s.cls}>
          <polyline points={curve.map((c) => `${x(c.a)},${y(c.lengths.muscles[s.id]! / rest[s.id]!)}`).join(' ')} />
          <circle cx={nowX} cy={y(now[s.id]! / rest[s.id]!)} r={4} />
        </g>
      ))}
    </svg>
  )
}
