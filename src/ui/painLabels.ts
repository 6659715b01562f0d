import { PAIN_PATTERNS } from '../anatomy/painPatterns'
import type { PainMuscleId, PainSide } from '../anatomy/painTypes'

/** Short display name of a pattern's muscle ("Iliopsoas" for "Iliopsoas (psoas major and iliacus)"). */
export function painMuscleName(muscle: PainMuscleId): string {
  const name = PAIN_PATTERNS.find((p) => p.muscle === muscle)?.name ?? muscle
  return name.split(' (')[0]!
}

/** "left", "right" or "both sides", as the patient's side. */
export const sideWords = (side: PainSide): string => (side === 'l' ? 'left' : side === 'r' ? 'right' : 'both sides')
