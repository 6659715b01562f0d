import { PAIN_PATTERNS } from '../anatomy/painPatterns'
import { showPatternOnSkin } from '../store/actions'
import { usePain } from '../store/appStore'
import { setLookup } from '../store/painSlice'
import { painMuscleName, sideWords } from './painLabels'

/**
 * The answer to a tap on the skin: the muscles whose referral patterns cover that spot, essential
 * before spillover, each with a button that shows its pattern on that side.
 */
export function PainLookupResult() {
  const lookup = usePain((s) => s.lookup)
  if (!lookup) return null
  return (
    <div className="lookup" data-testid="pain-lookup">
      <h2>Pain at this spot</h2>
      <p className="muted small">
        Patient’s {sideWords(lookup.side)}. Muscles whose pain patterns reach this spot, most likely first:
      </p>
      {lookup.entries.length === 0 ? (
        <p>None of the {PAIN_PATTERNS.length} patterns in this app covers this spot.</p>
      ) : (
        <ol aria-label="Muscles whose patterns cover this spot">
          {lookup.entries.map((e, i) => (
            <li key={e.muscle} data-muscle={e.muscle}>
              <span className="rank" aria-hidden="true">
                {i + 1}.
              </span>
              <span className="match-name">
                {painMuscleName(e.muscle)}{' '}
                <span className="muted">({e.kind === 'essential' ? 'main area' : 'spillover area'})</span>
              </span>
              <button type="button" onClick={() => showPatternOnSkin(e.muscle, lookup.side)}>
                Show pattern
              </button>
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="link" onClick={() => setLookup(null)}>
        Close
      </button>
    </div>
  )
}
