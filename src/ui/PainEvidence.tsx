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
        Referral maps are clinical conventions drawn from expert experience (Travell &amp; Simons and later authors),
        not diagnoses. They suggest which muscles to examine; other causes of pain must be ruled out first.
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
