import { PAIN_PATTERNS } from '../anatomy/painPatterns'
import { painSourceByKey } from '../anatomy/painSources'
import { usePain } from '../store/appStore'
import { painMuscleName } from './painLabels'

/** Sources and notes of the patterns shown. */
export function PainEvidence() {
  const shown = usePain((s) => s.shown)
  const patterns = PAIN_PATTERNS.filter((p) => shown[p.muscle])
  return (
    <section className="evidence" aria-label="Evidence">
      <p className="caveat">
        These maps show where pain from a muscle is often felt, somewhere other than the muscle itself (referred pain).
        They come from clinicians’ experience (Travell &amp; Simons and later authors), not from a test, so they are not
        a diagnosis: they suggest which muscles to examine once other causes of the pain have been ruled out.
      </p>
      {patterns.map((p) => (
        <details key={p.muscle} className="sources">
          <summary>Sources: {painMuscleName(p.muscle)}</summary>
          <p>{p.summary}</p>
          {p.notes?.map((n) => (
            <p key={n} className="muted small">
              {n}
            </p>
          ))}
          <ul>
            {p.sources.map((key) => {
              const src = painSourceByKey(key)
              return (
                <li key={key}>
                  <strong>[{key}]</strong> {src?.title ?? key}
                  {src && <span className="url"> {src.url}</span>}
                </li>
              )
            })}
          </ul>
        </details>
      ))}
    </section>
  )
}
