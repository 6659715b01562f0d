import { ATTACHMENT_TOGGLES } from '../anatomy/selection'
import { appStore, updateSlice, type AppState } from './appStore'
import type { DrawingMatch } from './painSlice'

/** At most this many patterns are painted on the handout's pictures (more would blur into one). */
export const HANDOUT_MAX_PATTERNS = 2
/** A pattern counts as a match for the handout from this score (5 % Dice overlap). */
export const HANDOUT_MIN_SCORE = 0.05

/**
 * The patterns for the handout's pictures: the best match with the drawing, and the next best on
 * the same side (the skin shows all its patterns on one side, so a pattern that fits best on the
 * other side would be painted where it does not match). Empty when nothing matches.
 */
export function handoutPatterns(matches: readonly DrawingMatch[]): DrawingMatch[] {
  const good = matches.filter((m) => m.score >= HANDOUT_MIN_SCORE)
  const best = good[0]
  if (!best) return []
  return good.filter((m) => m.side === best.side).slice(0, HANDOUT_MAX_PATTERNS)
}

/**
 * Set the scene for the handout's pictures: the skin with the drawing and the given patterns on
 * their side, nothing else painted on it (no trigger crosses, no skin lookup, no attachment paint,
 * no selection tint). With no patterns, the patterns shown now stay as they are. The caller saves
 * the state first and puts it back after the pictures (`scene/capture.ts` does both).
 */
export function showHandoutScene(patterns: readonly DrawingMatch[]): void {
  updateSlice('viewer', (v) => ({
    layers: 'skin' in v.layers ? { ...v.layers, skin: true } : v.layers,
    selectedId: null,
    hoveredId: null,
    attachments: Object.fromEntries(ATTACHMENT_TOGGLES.map((t) => [t, false])) as AppState['viewer']['attachments'],
  }))
  updateSlice('pain', (p) => ({
    shown:
      patterns.length > 0
        ? (Object.fromEntries(
            Object.keys(p.shown).map((m) => [m, patterns.some((x) => x.muscle === m)]),
          ) as AppState['pain']['shown'])
        : p.shown,
    side: patterns[0]?.side ?? p.side,
    triggerPoints: false,
    lookup: null,
    paintMode: 'off' as const,
  }))
}

/** The patterns the handout's pictures show: the matches chosen, else the ones shown on screen now. */
export function handoutShownPatterns(s: AppState = appStore.getState()): DrawingMatch[] {
  const chosen = handoutPatterns(s.pain.matches)
  if (chosen.length > 0) return chosen
  return (Object.keys(s.pain.shown) as DrawingMatch['muscle'][])
    .filter((m) => s.pain.shown[m])
    .map((muscle) => ({ muscle, side: s.pain.side, score: Number.NaN }))
}
