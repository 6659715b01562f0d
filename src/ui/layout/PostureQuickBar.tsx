import { usePosture } from '../../store/appStore'
import { goToPose, setPlaying } from '../../store/postureSlice'

/**
 * Stand, Sit, Stretch and Play: the posture buttons a clinician presses while talking, kept on
 * screen whatever panel is open (on a phone they head the Posture sheet).
 */
export function PostureQuickBar() {
  const playing = usePosture((s) => s.playing)
  const heading = usePosture((s) => {
    // Where the model is going (or is): pressed on that pose's button; none while between poses by hand.
    const g = s.goal ?? (s.amount === 0 || s.amount === 1 ? { target: s.target, amount: s.amount } : null)
    return g === null ? null : g.amount === 0 ? 'standing' : g.target
  })
  const at = (pose: 'standing' | 'sitting' | 'stretch') => heading === pose
  return (
    <div className="quickbar posture-buttons" role="group" aria-label="Posture" data-ui-box="">
      <button type="button" aria-pressed={at('standing')} onClick={() => goToPose('standing')}>
        Stand
      </button>
      <button type="button" aria-pressed={at('sitting')} onClick={() => goToPose('sitting')}>
        Sit
      </button>
      <button type="button" aria-pressed={at('stretch')} onClick={() => goToPose('stretch')}>
        Stretch
      </button>
      <button type="button" className="play" aria-pressed={playing} onClick={() => setPlaying(!playing)}>
        {playing ? 'Pause' : 'Play'}
      </button>
    </div>
  )
}
