import { describe, expect, it } from 'vitest'
import { attachmentKindsOf, attachmentTogglesOf, painPatternOfSelection } from '../../src/anatomy/selection'

describe('what goes with a selection', () => {
  it('gives the psoas, the iliacus, their areas and a trigger point the iliopsoas pattern on their side', () => {
    expect(painPatternOfSelection('psoas_major_l')).toEqual({ muscle: 'iliopsoas', side: 'l' })
    expect(painPatternOfSelection('iliacus_r')).toEqual({ muscle: 'iliopsoas', side: 'r' })
    expect(painPatternOfSelection('iliacus_origin_fossa_r')).toEqual({ muscle: 'iliopsoas', side: 'r' })
    expect(painPatternOfSelection('iliopsoas_insertion_l')).toEqual({ muscle: 'iliopsoas', side: 'l' })
    expect(painPatternOfSelection('trigger:gluteus_minimus:GMIN-T1:r')).toBeNull() // no such point id
    expect(painPatternOfSelection('trigger:iliopsoas:IP-T1:r')).toEqual({ muscle: 'iliopsoas', side: 'r' })
    for (const id of ['femur_l', 'l3', 'disc_l3_l4', 'skin', 'nonsense']) expect(painPatternOfSelection(id)).toBeNull()
  })

  it('gives a muscle its own attachment toggle, the shared insertion both, and a bone the muscles on it', () => {
    expect(attachmentTogglesOf('psoas_major_r')).toEqual(['psoas_major'])
    expect(attachmentTogglesOf('iliacus_l')).toEqual(['iliacus'])
    expect(attachmentTogglesOf('psoas_major_origin_l3_transverse_l')).toEqual(['psoas_major'])
    expect(attachmentTogglesOf('iliopsoas_insertion_r')).toEqual(['psoas_major', 'iliacus'])
    expect(attachmentTogglesOf('femur_l')).toEqual(['psoas_major', 'iliacus']) // both insert on the lesser trochanter
    expect(attachmentTogglesOf('hip_bone_r')).toEqual(['iliacus'])
    expect(attachmentTogglesOf('l2')).toEqual(['psoas_major'])
    expect(attachmentTogglesOf('disc_l3_l4')).toEqual(['psoas_major'])
    // Nothing in the model attaches to the coccyx or the L5/S1 disc; a trigger point has no areas.
    for (const id of ['coccyx', 'disc_l5_s1', 'trigger:iliopsoas:IP-T1:l']) expect(attachmentTogglesOf(id)).toEqual([])
    expect(attachmentKindsOf(['psoas_major'])).toEqual(['bone', 'disc'])
    expect(attachmentKindsOf(['iliacus'])).toEqual(['bone'])
  })
})
