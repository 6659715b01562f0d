import { PAIN_PATTERNS } from '../anatomy/painPatterns'
import type { PainMuscleId, PainSide } from '../anatomy/painTypes'
import { PAIN_MUSCLE_HINTS } from '../anatomy/plainNames'

/** Short display name of a pattern's muscle ("Iliopsoas" for "Iliopsoas (psoas major and iliacus)"). */
export function painMuscleName(muscle: PainMuscleId): string {
  const name = PAIN_PATTERNS.find((p) => p.muscle === muscle)?.name ?? muscle
  return name.split(' (')[0]!
}

/** The pattern checkbox's label: the muscle's name with a plain hint of where it is. */
export const painPatternLabel = (muscle: PainMuscleId): string =>
  `Pain pattern: ${painMuscleName(muscle)} (${PAIN_MUSCLE_HINTS[muscle]})`

/** "left", "right" or "both sides", as the patient's side. */
export const sideWords = (side: PainSide): string => (side === 'l' ? 'left' : side === 'r' ? 'right' : 'both sides')
