import type { PoseName } from './poses'
import type { Source } from './types'

/** What an exercise is for, in the order a clinician gives them: release, then stretch, then strengthen. */
export type ExerciseKind = 'release' | 'stretch' | 'strengthen'

/** The exercises the app can show on the model and print on the handout. */
export const EXERCISE_IDS = ['psoas_release', 'half_kneeling_stretch', 'couch_stretch', 'standing_hip_flexion'] as const
export type ExerciseId = (typeof EXERCISE_IDS)[number]

/**
 * One exercise, as data. The words are ours; the facts behind them come from the cited sources.
 * `pose` is the posture the model animates into (`poses.ts`); the muscle readout then shows what
 * the exercise does to the psoas and iliacus lengths.
 */
export interface Exercise {
  readonly id: ExerciseId
  readonly kind: ExerciseKind
  /** Plain title, first on screen and on the handout. */
  readonly title: string
  /** The clinician's name for it. */
  readonly term: string
  readonly pose: PoseName
  /** One line on what it does, for the patient. */
  readonly summary: string
  /** Steps, in order, in plain words. */
  readonly steps: readonly string[]
  /** When to stop or not to do it. */
  readonly cautions: readonly string[]
  /** Light the iliopsoas trigger points on the skin while it is shown (where to press). */
  readonly litTriggerPoints: boolean
  /** How long or how often, in plain words. */
  readonly dose: string
  readonly source: Source
}

export const EXERCISES: readonly Exercise[] = [
  {
    id: 'psoas_release',
    kind: 'release',
    title: 'Release the deep hip flexor',
    term: 'Iliopsoas trigger-point pressure release (abdominal and iliac fossa approach)',
    pose: 'release',
    summary:
      'Steady, gentle pressure on the tight spots lets the muscle let go, so the stretch that follows works better.',
    steps: [
      'Lie on your back with your knees bent and feet flat, so the belly is soft (the model shows this angle of hip and knee standing up).',
      'Find the front point of your hip bone. Move two to three finger-widths in towards the belly button, then sink your fingertips in slowly as you breathe out.',
      'When you find a tender spot (the crosses on the model), hold light pressure for 30 to 90 seconds until it eases. The inside of the hip bone itself can be pressed the same way for the iliacus.',
      'Let go slowly and rest. Two or three spots per side is enough.',
    ],
    cautions: [
      'If you feel a pulse under your fingers, move off it: a large artery lies close by.',
      'Stop at once if you feel sharp or shooting pain into the thigh, or tingling.',
      'Do not press here if you are pregnant, have a hernia, have had belly surgery recently, or have been told you have an aortic aneurysm. Ask your clinician first if you take blood thinners.',
    ],
    litTriggerPoints: true,
    dose: '30 to 90 seconds per spot, once a day or before stretching',
    source: {
      ref: 'pain-patterns.md B.1 relief approaches [MUSC-PS] [FINANDO] and cautions [MPRO-IP] [LOWE-MB] [MUSC-MB] [MASS-CI] [CLINICWALA]; C.6 massage contraindications',
    },
  },
  {
    id: 'half_kneeling_stretch',
    kind: 'stretch',
    title: 'Kneeling hip stretch',
    term: 'Half-kneeling hip-flexor stretch (hip extension with posterior pelvic tilt)',
    pose: 'stretch',
    summary: 'Moving the back thigh behind you lengthens the psoas and iliacus, which sitting holds short.',
    steps: [
      'Kneel on one knee on a cushion, the other foot flat in front of you, both knees bent at about a right angle.',
      'Tuck your tailbone under (flatten your lower back) and squeeze the buttock of the kneeling leg.',
      'Keeping that tuck, shift your whole body slightly forward until you feel a stretch at the front of the hip on the kneeling side. Do not arch your back to get further.',
      'Breathe slowly and hold, then swap sides.',
    ],
    cautions: [
      'After a hip replacement, check with your surgeon first: some operations rule out this position.',
      'Stop if it brings on pain, tingling or numbness down the leg.',
    ],
    litTriggerPoints: false,
    dose: 'Hold 20 to 30 seconds, 2 to 3 times each side, once or twice a day',
    source: {
      ref: 'pain-patterns.md B.1 hip-flexor stretch [SHIRA] [REBAL]; C.6 stretch cautions [THA-AIP] [THA-LAKE] [GMPHYSIO]',
    },
  },
  {
    id: 'couch_stretch',
    kind: 'stretch',
    title: 'Couch stretch (front of hip and thigh)',
    term: 'Couch stretch: hip extension with knee flexion (iliopsoas and rectus femoris)',
    pose: 'couchStretch',
    summary: 'The same stretch with the back knee bent far, which adds the long thigh muscle that also bends the hip.',
    steps: [
      'Kneel with your back to a sofa or bench, and rest the top of the back foot on it so that knee is bent far.',
      'Put the other foot flat in front of you. Hold on to something steady if you need to.',
      'Tuck your tailbone under and bring your trunk upright until you feel the stretch along the front of the back hip and thigh.',
      'Keep your ribs down and do not let your trunk fall forward. Breathe and hold, then swap sides.',
    ],
    cautions: [
      'This is a strong stretch: start with the kneeling stretch and a lower support.',
      'After a hip replacement, check with your surgeon first. Stop if the knee hurts, or if pain or tingling runs down the leg.',
    ],
    litTriggerPoints: false,
    dose: 'Hold 20 to 30 seconds, 2 times each side, once a day',
    source: {
      ref: 'pain-patterns.md B.1 couch stretch [PREHAB]; C.6 stretch cautions [THA-AIP] [THA-LAKE] [GMPHYSIO]',
    },
  },
  {
    id: 'standing_hip_flexion',
    kind: 'strengthen',
    title: 'Standing knee lift',
    term: 'Standing active hip flexion (iliopsoas strengthening)',
    pose: 'hipFlexion',
    summary: 'Lifting the knee is the hip flexors’ own job: doing it slowly builds strength through their whole range.',
    steps: [
      'Stand tall beside a wall or chair back and rest one hand on it.',
      'Slowly lift one knee up to hip height, keeping your back straight; do not lean back.',
      'Hold for a count of two, then lower it slowly.',
      'Do the same with the other leg. A light ankle weight can be added later if your clinician suggests it.',
    ],
    cautions: [
      'Keep the lift slow and pain-free; stop if it brings on sharp pain in the groin.',
      'After a hip replacement, do not lift the knee above hip height unless your surgeon allows it.',
    ],
    litTriggerPoints: false,
    dose: '8 to 12 slow lifts each side, 2 sets, once a day',
    source: {
      ref: 'pain-patterns.md B.1 actions (main hip flexor) and relief; C.6 hip-replacement precautions (no flexion beyond 90°) [THA-AIP] [THA-LAKE]; the dose is a common clinical starting point, our choice',
    },
  },
]

/** The exercise with this id. */
export const exerciseById = (id: ExerciseId): Exercise => EXERCISES.find((e) => e.id === id)!

/** Plain names of the kinds, as headings. */
export const EXERCISE_KIND_LABEL: Readonly<Record<ExerciseKind, string>> = {
  release: 'Release',
  stretch: 'Stretch',
  strengthen: 'Strengthen',
}
