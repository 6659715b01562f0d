import { useEffect, useRef } from 'react'
import { SITTING_STORY } from '../../anatomy/story'
import { appStore, usePain, useSession, useViewer } from '../../store/appStore'
import { useStore } from 'zustand'
import { showPatternOnSkin } from '../../store/actions'
import { anyPatternShown, setPatternShown } from '../../store/painSlice'
import { goToPose } from '../../store/postureSlice'
import { leaveStory, moveStory, resumeStory, startStory } from '../../store/storyActions'
import { requestView } from '../../store/viewerSlice'
import { PAIN_MUSCLES } from '../../anatomy/painPatterns'
import { exerciseById } from '../../anatomy/exercises'
import { captionFor, poseHeading } from './captionFor'
import { LengthLine } from './LengthLine'
import { stopPresenting } from './presentActions'
import { StoryNav } from './StoryNav'
import { useSwipe } from './useSwipe'

/** The pattern "Pain pattern" switches on: the best match with the drawing, else iliopsoas on the right. */
function togglePattern(): void {
  const s = appStore.getState()
  if (anyPatternShown(s.pain) && s.viewer.layers.skin) {
    for (const m of PAIN_MUSCLES) if (s.pain.shown[m]) setPatternShown(m, false)
    return
  }
  const best = s.pain.matches[0]
  if (best) showPatternOnSkin(best.muscle, best.side)
  else showPatternOnSkin('iliopsoas', s.pain.side === 'both' ? 'r' : s.pain.side)
}

/**
 * Present mode: the model fills the screen and only large controls remain. Top: views, posture,
 * the pain pattern switch and "Done". Bottom: the caption in plain words, large enough to read
 * from a chair, and the story's Back / dots / Next while it runs. Swipe the caption to turn the page.
 */
export function PresentMode() {
  // The caption reads several slices; present mode is one small component, so it follows them all.
  const state = useStore(appStore)
  const stepId = useSession((s) => s.storyStep)
  const active = useSession((s) => s.storyActive)
  const view = useViewer((s) => s.view)
  const skin = useViewer((s) => s.layers.skin)
  const hasSkin = useViewer((s) => s.layers.skin !== undefined)
  const patternOn = usePain((s) => anyPatternShown(s)) && skin === true
  const heading = poseHeading(state)
  const step = active ? SITTING_STORY.steps.find((s) => s.id === stepId) : undefined
  const exerciseId = useSession((s) => s.exercise)
  const exercise = !step && exerciseId ? exerciseById(exerciseId) : undefined
  const swipe = useSwipe((dir) => {
    if (appStore.getState().session.storyActive) moveStory(dir === -1 ? 1 : -1)
  })
  // A caption of another height changes the free band: frame the model in it again.
  const bottom = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const el = bottom.current
    if (!el) return
    let last = el.offsetHeight
    const ro = new ResizeObserver(() => {
      if (Math.abs(el.offsetHeight - last) < 8) return
      last = el.offsetHeight
      const v = appStore.getState().viewer.view
      if (v) requestView(v)
    })
    ro.observe(el)
    return () => ro.disconnect()
  }, [])
  const showLengths = step ? step.showLengths : heading !== 'standing' && heading !== null
  return (
    <div className="present" data-testid="present">
      <div className="present-top" role="toolbar" aria-label="Presenting" data-ui-box="">
        <div className="group" role="group" aria-label="View">
          <button type="button" aria-pressed={view === 'Anterior'} onClick={() => requestView('Anterior')}>
            Front
          </button>
          <button type="button" aria-pressed={view === 'Posterior'} onClick={() => requestView('Posterior')}>
            Back
          </button>
          <button
            type="button"
            aria-pressed={view === 'Left' || view === 'Right'}
            onClick={() => requestView(view === 'Left' ? 'Right' : 'Left')}
          >
            Side
          </button>
        </div>
        <div className="group" role="group" aria-label="Posture">
          <button type="button" aria-pressed={heading === 'standing'} onClick={() => goToPose('standing')}>
            Stand
          </button>
          <button type="button" aria-pressed={heading === 'sitting'} onClick={() => goToPose('sitting')}>
            Sit
          </button>
        </div>
        {hasSkin && (
          <button type="button" aria-pressed={patternOn} onClick={togglePattern}>
            Pain pattern
          </button>
        )}
        {active ? (
          <button
            type="button"
            onClick={() => leaveStory()}
            title="Leave the story here, and come back to this step later"
          >
            Explore
          </button>
        ) : (
          <button type="button" onClick={() => (stepId ? resumeStory() : startStory())} title={SITTING_STORY.title}>
            {stepId ? 'Resume story' : 'Story'}
          </button>
        )}
        <button type="button" className="done" aria-keyshortcuts="Escape P" onClick={() => stopPresenting()}>
          Done
        </button>
      </div>
      <div className="present-bottom" data-ui-box="" ref={bottom}>
        <div className="caption" aria-live="polite" data-testid="caption" {...swipe}>
          {step && <h2>{step.title}</h2>}
          {exercise && <h2>{exercise.title}</h2>}
          <p>{step ? step.caption : exercise ? exercise.summary : captionFor(state)}</p>
          {step?.points && (
            <ul>
              {step.points.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          {showLengths && <LengthLine />}
        </div>
        {active && <StoryNav />}
      </div>
    </div>
  )
}
