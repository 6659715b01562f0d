import { EXERCISE_KIND_LABEL, exerciseById, type ExerciseId } from '../../../anatomy/exercises'
import type { DrawingMatch } from '../../../store/painSlice'
import { PoseFigure } from '../PoseFigure'
import { plainPatternWithSide } from '../takeHomeWords'
import {
  EXPLANATION,
  forPaper,
  HANDOUT_SUBTITLE,
  HANDOUT_TITLE,
  HOW_MADE,
  MATCH_CAVEAT,
  PICTURES_EMPTY,
  PICTURES_WITHOUT_DRAWING,
  PICTURES_WITH_MATCHES,
  SEEK_CARE_TITLE,
  seekCareSentence,
} from './handoutText'
import { KeySwatch } from './KeySwatch'
import { QrCode } from './qrCode'

/** Everything one printed page needs, gathered before it is drawn. */
export interface HandoutData {
  /** As the reader writes dates ("1 June 2025"). */
  readonly date: string
  /** Typed by the clinician for this page only; empty = no name line. */
  readonly patientName: string
  /** Object URLs of the front and back pictures. */
  readonly front: string
  readonly back: string
  readonly hasDrawing: boolean
  /** The patterns painted on the pictures, best match first (score NaN: shown, not matched). */
  readonly patterns: readonly DrawingMatch[]
  /** At most four: the page has room for four. */
  readonly exercises: readonly ExerciseId[]
  /** The link to this screen and its QR modules (null: too long for a QR code). */
  readonly link: string
  readonly qr: readonly (readonly boolean[])[] | null
}

function Pictures({ data }: { data: HandoutData }) {
  return (
    <div className="h-pictures">
      {(
        [
          ['Front', data.front],
          ['Back', data.back],
        ] as const
      ).map(([name, src]) => (
        <figure key={name} data-view={name.toLowerCase()}>
          <img src={src} alt={`The body from the ${name.toLowerCase()}, with the drawing and the pain patterns`} />
          <figcaption>{name}</figcaption>
        </figure>
      ))}
    </div>
  )
}

function Findings({ data }: { data: HandoutData }) {
  const intro =
    data.patterns.length === 0 ? PICTURES_EMPTY : data.hasDrawing ? PICTURES_WITH_MATCHES : PICTURES_WITHOUT_DRAWING
  return (
    <section className="h-findings">
      <h2>What the pictures show</h2>
      <p>{intro}</p>
      {data.patterns.length > 0 && (
        <ol className="h-matches">
          {data.patterns.map((m) => (
            <li key={m.muscle}>
              {plainPatternWithSide(m.muscle, m.side)}
              {Number.isFinite(m.score) && <span className="h-score"> · {Math.round(m.score * 100)}% match</span>}
            </li>
          ))}
        </ol>
      )}
      <ul className="h-key">
        {data.hasDrawing && (
          <li>
            <KeySwatch kind="drawing" /> your drawing
          </li>
        )}
        {data.patterns.length > 0 && (
          <>
            <li>
              <KeySwatch kind="heat" /> main area (light yellow weaker, deep red stronger)
            </li>
            <li>
              <KeySwatch kind="dots" /> dotted: felt by some
            </li>
          </>
        )}
      </ul>
      {data.hasDrawing && data.patterns.length > 0 && <p className="h-muted">{MATCH_CAVEAT}</p>}
    </section>
  )
}

function Exercise({ id, index }: { id: ExerciseId; index: number }) {
  const ex = exerciseById(id)
  return (
    <article className="h-exercise" data-exercise={id}>
      <div className="h-exercise-head">
        <h3>
          {index + 1}. {ex.title}
        </h3>
        <p className="h-muted">
          {EXERCISE_KIND_LABEL[ex.kind]} · {ex.dose}
        </p>
      </div>
      <PoseFigure className="h-pose" pose={ex.pose} label={`Picture of the position: ${ex.title}`} />
      <ol className="h-steps">
        {ex.steps.map((s) => (
          <li key={s}>{forPaper(s)}</li>
        ))}
      </ol>
      <p className="h-cautions">
        <strong>Take care:</strong> {ex.cautions.map(forPaper).join(' ')}
      </p>
    </article>
  )
}

/**
 * The one-page handout (A4 and Letter): title, date and the name if one was typed; the front and
 * back pictures with the drawing and the best-matching patterns; a short plain explanation; the
 * ticked exercises with a pose picture, steps and cautions; the QR code of the link; a ruled box for
 * the clinician's notes; how it was made and when to get help.
 */
export function Handout({ data }: { data: HandoutData }) {
  return (
    <article className="handout" aria-label="Handout">
      <header className="h-head">
        <div>
          <h1>{HANDOUT_TITLE}</h1>
          <p className="h-sub">{HANDOUT_SUBTITLE}</p>
        </div>
        <dl className="h-meta">
          <div>
            <dt>Date</dt>
            <dd>{data.date}</dd>
          </div>
          {data.patientName.trim() !== '' && (
            <div data-testid="handout-name">
              <dt>For</dt>
              <dd>{data.patientName.trim()}</dd>
            </div>
          )}
        </dl>
      </header>
      <div className="h-top">
        <Pictures data={data} />
        <div className="h-text">
          <Findings data={data} />
          <section className="h-explain">
            <h2>Why it can hurt</h2>
            {EXPLANATION.map((p) => (
              <p key={p}>{p}</p>
            ))}
          </section>
        </div>
      </div>
      {data.exercises.length > 0 && (
        <section className="h-exercises">
          <h2>Your exercises</h2>
          <div className="h-exercise-grid">
            {data.exercises.map((id, i) => (
              <Exercise key={id} id={id} index={i} />
            ))}
          </div>
        </section>
      )}
      <footer className="h-foot">
        <div className="h-link" data-link={data.link}>
          {data.qr ? (
            <QrCode modules={data.qr} label="QR code: the link to this screen" />
          ) : (
            <p className="h-muted">The link is too long for a QR code.</p>
          )}
          <p>Scan to open this screen again.</p>
        </div>
        <div className="h-notes">
          <p className="h-notes-title">Clinician’s notes</p>
          <div className="h-rules" aria-hidden="true">
            <span />
            <span />
            <span />
          </div>
        </div>
        <div className="h-fine">
          <p>
            <strong>{SEEK_CARE_TITLE}:</strong> {seekCareSentence()}.
          </p>
          <p className="h-muted">{HOW_MADE}</p>
        </div>
      </footer>
    </article>
  )
}
