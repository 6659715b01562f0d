import { useSession, usePain } from '../../store/appStore'
import { currentSteps, leaveStory, moveStory, startStory } from '../../store/storyActions'

/**
 * Back, one dot per step, Next: where the story is and how to move through it. The dots are
 * buttons too (jump to a step). "Finish" on the last step leaves the story; "Explore" (in the top
 * row) leaves it at any step.
 */
export function StoryNav() {
  const stepId = useSession((s) => s.storyStep)
  // The drawing step appears only when there is a drawing: re-render when that changes.
  const hasDrawing = usePain((s) => s.hasDrawing)
  const steps = currentSteps()
  const index = Math.max(
    0,
    steps.findIndex((s) => s.id === stepId),
  )
  const last = index === steps.length - 1
  return (
    <nav className="story-nav" aria-label="Story steps" data-drawing={hasDrawing}>
      <button type="button" className="big" disabled={index === 0} onClick={() => moveStory(-1)}>
        ‹ Back
      </button>
      <ol className="dots">
        {steps.map((s, i) => (
          <li key={s.id}>
            <button
              type="button"
              aria-label={`Step ${i + 1} of ${steps.length}: ${s.title}`}
              aria-current={i === index ? 'step' : undefined}
              onClick={() => startStory(s.id)}
            />
          </li>
        ))}
      </ol>
      {last ? (
        <button type="button" className="big" onClick={() => leaveStory()}>
          Finish
        </button>
      ) : (
        <button type="button" className="big primary" onClick={() => moveStory(1)}>
          Next ›
        </button>
      )}
    </nav>
  )
}
