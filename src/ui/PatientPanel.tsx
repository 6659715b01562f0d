import type { PainDrawing } from '../overlays/pain/painDrawing'
import { ExerciseList } from './present/ExerciseList'
import { StoryStart } from './present/StoryStart'
import { ShareLink } from './link/ShareLink'
import { TakeHome } from './takeHome/TakeHome'

/**
 * Everything for explaining to this patient and giving them something to keep: the guided story
 * and present mode, the exercises shown on the model (and ticked for the handout), a link to this
 * screen, the image and handout, and "New patient".
 */
export function PatientPanel({ drawing }: { drawing: PainDrawing }) {
  return (
    <div className="patient">
      <StoryStart />
      <ExerciseList />
      <ShareLink drawing={drawing} />
      <TakeHome drawing={drawing} />
    </div>
  )
}
