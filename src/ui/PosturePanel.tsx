import { useId } from 'react'
import { setMuscleSide, setSittingAmount, setSpeed, type MuscleSide } from '../store/postureSlice'
import { usePosture } from '../store/appStore'
import { MuscleReadout } from './MuscleReadout'

const SPEEDS = [0.5, 1, 2] as const
const SIDES: readonly { value: MuscleSide; label: string }[] = [
  { value: 'l', label: 'Left' },
  { value: 'r', label: 'Right' },
  { value: 'both', label: 'Both' },
]

/**
 * The posture in detail: the standing-to-sitting slider, speed, the muscle side and the live muscle
 * lengths. Stand, Sit, Stretch and Play are in the posture bar (`layout/PostureQuickBar.tsx`),
 * which stays on screen with any panel.
 */
export function PosturePanel() {
  const target = usePosture((s) => s.target)
  const amount = usePosture((s) => s.amount)
  const speed = usePosture((s) => s.speed)
  const side = usePosture((s) => s.side)
  const sliderId = useId()
  const speedId = useId()
  // The slider shows standing (0) … sitting (1); in the stretch it rests at standing.
  const sitting = target === 'sitting' ? amount : 0
  return (
    <div className="posture">
      {/* The lengths first: they are what the patient watches while the model sits. */}
      <MuscleReadout />
      <div className="posture-row">
        <label htmlFor={sliderId}>Posture</label>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={1}
          step={0.01}
          value={sitting}
          aria-valuetext={`${Math.round(sitting * 100)}% of the way from standing to sitting`}
          onChange={(e) => setSittingAmount(Number(e.target.value))}
        />
      </div>
      <div className="scale" aria-hidden="true">
        <span>standing</span>
        <span>sitting</span>
      </div>
      <div className="posture-row">
        <label htmlFor={speedId}>Speed</label>
        <select id={speedId} value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </div>
      <fieldset className="side" role="radiogroup" aria-label="Muscle side">
        <legend>Muscle side</legend>
        {SIDES.map((s) => (
          <label key={s.value}>
            <input
              type="radio"
              name="muscle-side"
              value={s.value}
              checked={side === s.value}
              onChange={() => setMuscleSide(s.value)}
            />
            {s.label}
          </label>
        ))}
      </fieldset>
    </div>
  )
}
