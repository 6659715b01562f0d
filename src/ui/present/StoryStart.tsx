import { SITTING_STORY } from '../../anatomy/story'
import { useSession } from '../../store/appStore'
import { setPresenting } from '../../store/screenSlice'
import { resumeStory, startStory } from '../../store/storyActions'

/** Start (or go back to) the guided story, and present mode. */
export function StoryStart() {
  const step = useSession((s) => s.storyStep)
  const active = useSession((s) => s.storyActive)
  const title = SITTING_STORY.steps.find((s) => s.id === step)?.title
  return (
    <section className="story-start" aria-labelledby="story-start-title">
      <h3 id="story-start-title">Guided explanation</h3>
      <p className="note">“{SITTING_STORY.title}”, step by step, in plain words.</p>
      <div className="row">
        <button
          type="button"
          onClick={() => {
            startStory()
            setPresenting(true)
          }}
        >
          Present the story
        </button>
        {step !== null && !active && (
          <button type="button" onClick={() => resumeStory()}>
            Back to step: {title}
          </button>
        )}
      </div>
    </section>
  )
}
