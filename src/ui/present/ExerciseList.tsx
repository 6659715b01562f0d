import { EXERCISES, EXERCISE_KIND_LABEL } from '../../anatomy/exercises'
import { useSession } from '../../store/appStore'
import { setHandoutExercise } from '../../store/sessionSlice'
import { endExercise, showExercise } from '../../store/storyActions'

/** Release, stretch, strengthen: show each on the model, and tick the ones for the handout. */
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
          </li>
        ))}
      </ul>
    </section>
  )
}
