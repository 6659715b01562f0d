import { useMemo } from 'react'
import { muscleLengths } from '../../anatomy/musclePath'
import { STANDING } from '../../anatomy/poses'
import type { Side } from '../../anatomy/types'
import { usePosture } from '../../store/appStore'
import { poseOf } from '../../store/postureSlice'

const pct = (x: number) => `${Math.round(x * 100)} %`
const SIDE_WORD: Readonly<Record<Side, string>> = { l: 'left', r: 'right' }

/**
 * The muscle lengths in one large line for present mode: each muscle as a share of its standing
 * length, so a patient sees "shorter when sitting, longer in the stretch" from a chair. The two
 * sides get their own figures only when the pose treats them differently.
 */
export function LengthLine() {
  const target = usePosture((s) => s.target)
  const amount = usePosture((s) => s.amount)
  const side = usePosture((s) => s.side)
  const now = useMemo(() => muscleLengths(poseOf({ target, amount, side })).muscles, [target, amount, side])
  const rest = useMemo(() => muscleLengths(STANDING).muscles, [])
  const share = (id: string) => now[id]! / rest[id]!
  const sides: Side[] = side === 'both' ? ['l', 'r'] : [side]
  const differ =
    sides.length === 2 &&
    Math.abs(share('psoas_major_l') - share('psoas_major_r')) + Math.abs(share('iliacus_l') - share('iliacus_r')) > 0.02
  const shownSides = differ ? sides : [sides[0]!]
  return (
    <p className="length-line" data-testid="length-line">
      {shownSides.map((sd) => (
        <span key={sd}>
          {differ && <b>{SIDE_WORD[sd]}: </b>}
          psoas <strong data-share={share(`psoas_major_${sd}`).toFixed(3)}>{pct(share(`psoas_major_${sd}`))}</strong>,
          iliacus <strong>{pct(share(`iliacus_${sd}`))}</strong>
        </span>
      ))}{' '}
      of their standing length
    </p>
  )
}
