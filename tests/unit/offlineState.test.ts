import { beforeEach, describe, expect, it } from 'vitest'
import {
  acceptUpdate,
  closeReadyNote,
  dismissUpdate,
  noteReadyOffline,
  offerUpdate,
  offlineState,
  resetOfflineState,
  subscribeOffline,
} from '../../src/ui/offline/offlineState'

describe('the offline notice state', () => {
  beforeEach(resetOfflineState)

  it('lets a waiting version in only on Reload now, once', () => {
    let accepted = 0
    offerUpdate(() => accepted++)
    expect(offlineState().update).not.toBeNull()
    acceptUpdate()
    expect(accepted).toBe(1)
    expect(offlineState().update).toBeNull()
    acceptUpdate()
    expect(accepted).toBe(1)
  })

  it('Later puts the notice away without letting the version in, and the next version asks again', () => {
    let accepted = 0
    offerUpdate(() => accepted++)
    dismissUpdate()
    expect(offlineState().update).toBeNull()
    expect(accepted).toBe(0)
    offerUpdate(() => (accepted += 10))
    acceptUpdate()
    expect(accepted).toBe(10)
  })

  it('shows the ready note once it is noted, not over an update, and tells listeners', () => {
    const heard: boolean[] = []
    const stop = subscribeOffline(() => heard.push(offlineState().readyNote))
    noteReadyOffline()
    expect(offlineState().readyNote).toBe(true)
    closeReadyNote()
    offerUpdate(() => undefined)
    noteReadyOffline()
    expect(offlineState().readyNote).toBe(false)
    stop()
    expect(heard).toEqual([true, false, false])
  })
})
