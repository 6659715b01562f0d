import { EXERCISES, EXERCISE_KIND_LABEL, type Exercise } from '../../anatomy/exercises'
import { useSession } from '../../store/appStore'
import { setHandoutExercise } from '../../store/sessionSlice'
import { endExercise, showExercise } from '../../store/storyActions'

/** What the patient does and what to watch for, shown under the exercise the model is showing. */
function ExerciseDetail({ ex }: { ex: Exercise }) {
  return (
    <div className="exercise-detail" data-testid={`exercise-detail-${ex.id}`}>
      <p>{ex.summary}</p>
      <ol>
        {ex.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      <p className="dose">{ex.dose}</p>
      <p className="cautions-title">Take care</p>
      <ul className="cautions">
        {ex.cautions.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </div>
  )
}

/**
 * Release, stretch, strengthen: show each on the model (it moves into the exercise's pose, and the
 * muscle lengths show what it does), read its steps and cautions, and tick the ones for the handout.
 */
export function ExerciseList() {
  const shown = useSession((s) => s.exercise)
  const ticked = useSession((s) => s.handoutExercises)
  return (
    <section className="exercises" aria-labelledby="exercises-title">
      <h3 id="exercises-title">What helps</h3>
      <ul>
        {EXERCISES.map((ex) => (
          <li key={ex.id} data-exercise={ex.id}>
            <span className="kind">{EXERCISE_KIND_LABEL[ex.kind]}</span>
            <span className="name">{ex.title}</span>
            <button
              type="button"
              aria-pressed={shown === ex.id}
              aria-label={`${shown === ex.id ? 'Stop showing' : 'Show on the model'}: ${ex.title}`}
              onClick={() => (shown === ex.id ? endExercise() : showExercise(ex.id))}
            >
              {shown === ex.id ? 'Stop showing' : 'Show on the model'}
            </button>
            <label>
              <input
                type="checkbox"
                checked={ticked.includes(ex.id)}
                onChange={(e) => setHandoutExercise(ex.id, e.target.checked)}
              />
              On the handout
            </label>
            {shown === ex.id && <ExerciseDetail ex={ex} />}
          </li>
        ))}
      </ul>
    </section>
  )
}
