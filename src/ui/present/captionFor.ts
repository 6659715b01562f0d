import { POSE_LABELS, type PoseName } from '../../anatomy/poses'
import { plainName } from '../../anatomy/names'
import { PAIN_MUSCLES } from '../../anatomy/painPatterns'
import type { ViewName } from '../../anatomy/views'
import type { AppState } from '../../store/appStore'
import { painPatternLabel, sideWords } from '../painLabels'

/** How a caption says where the model is seen from. */
const SEEN_FROM: Readonly<Record<ViewName, string>> = {
  Anterior: 'seen from the front',
  Posterior: 'seen from behind',
  Left: 'seen from the left side',
  Right: 'seen from the right side',
  Superior: 'seen from above',
  'Three-quarter': 'seen at an angle',
}

/** Where the posture is heading (or is): the pose the caption names. */
export function poseHeading(s: AppState): PoseName | null {
  const p = s.posture
  const g = p.goal ?? (p.amount === 0 || p.amount === 1 ? { target: p.target, amount: p.amount } : null)
  return g === null ? null : g.amount === 0 ? 'standing' : g.target
}

/**
 * What the screen shows, in plain words, when no story step is speaking: the pose, the view, the
 * structure named and the patterns painted. One or two short lines.
 */
export function captionFor(s: AppState): string {
  const parts: string[] = []
  const pose = poseHeading(s)
  const view = s.viewer.view
  if (pose) parts.push(POSE_LABELS[pose] + (view ? `, ${SEEN_FROM[view]}` : ''))
  else if (view) parts.push(SEEN_FROM[view].replace(/^s/, 'S'))
  if (s.viewer.selectedId) parts.push(plainName(s.viewer.selectedId))
  const shown = PAIN_MUSCLES.filter((m) => s.pain.shown[m])
  if (shown.length > 0 && s.viewer.layers.skin)
    parts.push(`${shown.map(painPatternLabel).join(', ')}, ${sideWords(s.pain.side)}`)
  return parts.length > 0 ? parts.join('. ') + '.' : 'The lower back, the pelvis and the thigh bones.'
}
