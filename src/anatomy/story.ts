import type { ExerciseId } from './exercises'
import type { PainMuscleId, PainSide } from './painTypes'
import type { PoseName } from './poses'
import type { NodeKind, Source } from './types'
import type { ViewName } from './views'

/**
 * One step of a guided story, as data: what the screen shows (camera, pose, layers, overlays) and
 * what it says. The caption is for the patient and is read from a chair; `why` is the clinician's
 * reason for the step (shown to them, not in the caption).
 */
export interface StoryStep {
  readonly id: string
  /** A short heading, a few words. */
  readonly title: string
  /** One or two plain sentences, large on screen. */
  readonly caption: string
  /** For the clinician: what this step is for and what to point at. */
  readonly why: string
  readonly view: ViewName
  readonly pose: PoseName
  /** Layers shown; the kinds not named are hidden. */
  readonly layers: readonly NodeKind[]
  /** Paint where the psoas and iliacus attach. */
  readonly attachments: boolean
  /** Pain patterns painted on the skin (the skin layer must be in `layers`). */
  readonly patterns: readonly PainMuscleId[]
  /**
   * The side the patterns are painted on. `drawing` = the side of the best match with the
   * patient's drawing when there is one, else the patient's right.
   */
  readonly patternSide: PainSide | 'drawing'
  readonly triggerPoints: boolean
  /** The muscle length readout is part of the point (sitting, stretching). */
  readonly showLengths: boolean
  /** Only shown when the patient has drawn their pain (it sets the drawing beside the pattern). */
  readonly needsDrawing: boolean
  /** The exercise this step demonstrates, if any. */
  readonly exercise?: ExerciseId
  /** Points listed under the caption (the red flags). */
  readonly points?: readonly string[]
  readonly source: Source
}

export interface Story {
  readonly id: string
  readonly title: string
  readonly steps: readonly StoryStep[]
}

const FRAME = ['bone', 'disc', 'muscle'] as const satisfies readonly NodeKind[]
const WITH_SKIN = ['bone', 'disc', 'muscle', 'skin'] as const satisfies readonly NodeKind[]

/** The story the app tells: why sitting can hurt your back, and what helps. */
export const SITTING_STORY: Story = {
  id: 'why-sitting-hurts',
  title: 'Why sitting can hurt your back',
  steps: [
    {
      id: 'meet',
      title: 'Meet your deep hip flexors',
      caption:
        'Two muscles lie deep inside your belly and pelvis. The psoas starts on the lower spine, the iliacus inside the hip bone. They join and hold on to the top of the thigh bone.',
      why: 'Point at the striped starting areas on the spine and the pelvis, then at the dotted end on the inner thigh bone (lesser trochanter).',
      view: 'Anterior',
      pose: 'standing',
      layers: FRAME,
      attachments: true,
      patterns: [],
      patternSide: 'both',
      triggerPoints: false,
      showLengths: false,
      needsDrawing: false,
      source: { ref: 'pain-patterns.md B.1 attachments; anatomy-facts.md' },
    },
    {
      id: 'job',
      title: 'Their job: lifting the knee',
      caption:
        'When they tighten, they pull the thigh up towards the belly: that is how you lift your knee to climb a step or get into a car.',
      why: 'Iliopsoas is the main hip flexor. Watch the two muscles shorten as the knee comes up.',
      view: 'Left',
      pose: 'hipFlexion',
      layers: FRAME,
      attachments: false,
      patterns: [],
      patternSide: 'both',
      triggerPoints: false,
      showLengths: true,
      needsDrawing: false,
      exercise: 'standing_hip_flexion',
      source: { ref: 'pain-patterns.md B.1 actions (main hip flexor)' },
    },
    {
      id: 'sitting',
      title: 'Sitting holds them short',
      caption:
        'When you sit, your hips stay bent, so these muscles stay short for as long as you sit. The numbers show how much shorter they are than when you stand.',
      why: 'Read out the length share as the model sits (about three quarters of the standing length for the psoas). Hours in this position are the usual story.',
      view: 'Left',
      pose: 'sitting',
      layers: FRAME,
      attachments: false,
      patterns: [],
      patternSide: 'both',
      triggerPoints: false,
      showLengths: true,
      needsDrawing: false,
      source: { ref: 'anatomy-facts.md §2 (sitting posture); pain-patterns.md B.1 factors [ABER-IP] [KENT-IP]' },
    },
    {
      id: 'pain-back',
      title: 'Where it can hurt: the low back',
      caption:
        'A tight muscle with tender knots (trigger points) can send pain somewhere else. For these muscles that is often a band beside the lower spine, sometimes reaching the top of the buttock.',
      why: 'Referred pain from iliopsoas trigger points: the vertical lumbar band and its spillover to the upper buttock. The crosses mark where the trigger points lie.',
      view: 'Posterior',
      pose: 'standing',
      layers: WITH_SKIN,
      attachments: false,
      patterns: ['iliopsoas'],
      patternSide: 'drawing',
      triggerPoints: true,
      showLengths: false,
      needsDrawing: false,
      source: { ref: 'pain-patterns.md B.1 referred pain [NAMTPT-IP] [TP3D-IP] [TP101]' },
    },
    {
      id: 'pain-front',
      title: 'And the front of the thigh',
      caption:
        'The same muscles can also make the groin and the front of the thigh ache. It feels like it comes from there, but it starts deeper, in the muscle.',
      why: 'The anterior thigh patch of the same pattern. Pain that is worse standing up straight after sitting fits this picture.',
      view: 'Anterior',
      pose: 'standing',
      layers: WITH_SKIN,
      attachments: false,
      patterns: ['iliopsoas'],
      patternSide: 'drawing',
      triggerPoints: true,
      showLengths: false,
      needsDrawing: false,
      source: { ref: 'pain-patterns.md B.1 referred pain and symptoms [NAMTPT-IP] [KENT-IP]' },
    },
    {
      id: 'your-drawing',
      title: 'Your pain and this pattern',
      caption:
        'Here is where you drew your pain, next to where this muscle tends to send it. The closer they match, the more likely this muscle is part of the problem.',
      why: 'The patient’s drawing over the best-matching side of the pattern. A match supports the picture; it does not diagnose.',
      view: 'Posterior',
      pose: 'standing',
      layers: WITH_SKIN,
      attachments: false,
      patterns: ['iliopsoas'],
      patternSide: 'drawing',
      triggerPoints: false,
      showLengths: false,
      needsDrawing: true,
      source: { ref: 'pain-patterns.md C (pain drawings; never label a drawing psychogenic [OMANIP])' },
    },
    {
      id: 'release',
      title: 'What helps: release',
      caption:
        'Steady, gentle pressure on the tender spots (the crosses) helps the muscle let go. Your clinician will show you where to press, and what to avoid.',
      why: 'Trigger-point pressure release; show the crosses. Cover the cautions: pulse under the fingers, sharp thigh pain, pregnancy, hernia, recent surgery.',
      view: 'Anterior',
      pose: 'release',
      layers: WITH_SKIN,
      attachments: false,
      patterns: ['iliopsoas'],
      patternSide: 'drawing',
      triggerPoints: true,
      showLengths: false,
      needsDrawing: false,
      exercise: 'psoas_release',
      source: { ref: 'pain-patterns.md B.1 relief and cautions [MUSC-PS] [FINANDO] [MPRO-IP] [MUSC-MB]' },
    },
    {
      id: 'stretch',
      title: 'What helps: stretch',
      caption:
        'Moving the thigh behind you, with the tailbone tucked under, gently lengthens these muscles again. Watch the numbers go up.',
      why: 'Half-kneeling hip-flexor stretch: posterior tilt, glute squeeze, shift forward without arching. Lengths rise above standing.',
      view: 'Left',
      pose: 'stretch',
      layers: FRAME,
      attachments: false,
      patterns: [],
      patternSide: 'both',
      triggerPoints: false,
      showLengths: true,
      needsDrawing: false,
      exercise: 'half_kneeling_stretch',
      source: { ref: 'pain-patterns.md B.1 hip-flexor stretch [SHIRA] [REBAL]' },
    },
    {
      id: 'strengthen',
      title: 'What helps: strengthen',
      caption:
        'Slow knee lifts keep the muscles strong through their whole range. Moving often, and breaking up long sits, helps as much as any exercise.',
      why: 'Standing active hip flexion; add movement breaks from sitting (every 15 to 20 minutes is a common suggestion).',
      view: 'Three-quarter',
      pose: 'hipFlexion',
      layers: FRAME,
      attachments: false,
      patterns: [],
      patternSide: 'both',
      triggerPoints: false,
      showLengths: true,
      needsDrawing: false,
      exercise: 'standing_hip_flexion',
      source: { ref: 'pain-patterns.md B.1 actions and relief (movement breaks [NAMTPT-GMIN])' },
    },
    {
      id: 'seek-care',
      title: 'When to see a doctor',
      caption: 'Most back pain like this is not dangerous. But get medical help soon if you have any of these:',
      why: 'Red flags: stop and refer. Ask about each one before starting hands-on work.',
      view: 'Three-quarter',
      pose: 'standing',
      layers: FRAME,
      attachments: false,
      patterns: [],
      patternSide: 'both',
      triggerPoints: false,
      showLengths: false,
      needsDrawing: false,
      points: [
        'Numbness between the legs or around the bottom, or new trouble passing or holding urine',
        'Weakness, numbness or tingling in a leg that is getting worse',
        'Fever or chills, or weight loss you cannot explain',
        'Pain after a fall or an accident, or a history of cancer',
        'Pain that is worse lying down, or wakes you every night',
        'A throbbing lump in the belly',
      ],
      source: { ref: 'pain-patterns.md C.6 red flags [AHCPR] [GUWS-RF]; B.1 AAA signs' },
    },
  ],
}

/** The steps of `story` shown now: the drawing step only when the patient has drawn. */
export function storySteps(story: Story, hasDrawing: boolean): readonly StoryStep[] {
  return story.steps.filter((s) => hasDrawing || !s.needsDrawing)
}
