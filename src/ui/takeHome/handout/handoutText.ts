import { SITTING_STORY, type StoryStep } from '../../../anatomy/story'

/**
 * The handout's words: a short plain explanation that reuses the guided story's captions (the same
 * words the patient heard on screen), our own lines on the drawing, how it was made, and when to
 * get help (the story's last step).
 */

const step = (id: string): StoryStep => SITTING_STORY.steps.find((s) => s.id === id)!
/** The first sentence of a caption (the rest may speak of the screen: "The numbers show…"). */
const firstSentence = (t: string): string => /^.*?[.!?](\s|$)/.exec(t)?.[0].trim() ?? t

export const HANDOUT_TITLE = 'Your hip flexors and your pain'
export const HANDOUT_SUBTITLE = `${SITTING_STORY.title}, and what helps`

/** The explanation, paragraph by paragraph: the muscles, sitting, and where they send pain. */
export const EXPLANATION: readonly string[] = [
  step('meet').caption,
  `${firstSentence(step('sitting').caption)} Over long hours, a muscle held short can tighten and become sore.`,
  step('pain-back').caption,
  step('pain-front').caption,
]

/** What the two pictures show, said before the list of matches. */
export const PICTURES_WITH_MATCHES =
  'The blue hatching is where you drew your pain. The colours show where the muscles that match your drawing best tend to send pain:'
export const PICTURES_WITHOUT_DRAWING =
  'No pain drawing was made. The colours show the pain patterns your clinician showed you:'
export const PICTURES_EMPTY = 'No pain drawing was made and no pain pattern was shown.'
/** A match is a clue, never a verdict (pain-patterns.md C: a drawing supports the picture; it does not diagnose). */
export const MATCH_CAVEAT =
  'A close match makes a muscle worth examining; it is not a diagnosis. Pain that does not match is just as real.'

export const HOW_MADE =
  'How this was made: your drawing on a 3D body model, compared with published charts of where muscles can send pain (trigger-point referral maps, which are expert opinion). For education, not diagnosis: it does not replace an examination. Made on this device; nothing was sent anywhere.'

/** When to get medical help soon: the red flags of the story's last step. */
export const SEEK_CARE_TITLE = 'Get medical help soon if you have any of these'
export const SEEK_CARE: readonly string[] = step('seek-care').points ?? []
/** The red flags as one sentence: "numbness …; weakness …; …" (they are listed one a line on screen). */
export const seekCareSentence = (): string =>
  SEEK_CARE.map((p, i) => (i === 0 ? p : p.charAt(0).toLowerCase() + p.slice(1))).join('; ')

/**
 * An exercise's words for paper: asides about the 3D model ("(the crosses on the model)") are
 * left out, since the page shows a drawing of the pose instead.
 */
export const forPaper = (text: string): string => text.replace(/\s*\([^()]*\bthe model\b[^()]*\)/g, '')
