import { useEffect } from 'react'
import type { PainDrawing } from '../../overlays/pain/painDrawing'
import { startLinkAddress } from './linkAddress'

/** Keep the address and the screen in step for as long as the app is mounted (`linkAddress.ts`). */
export function useLinkAddress(drawing: PainDrawing): void {
  useEffect(() => startLinkAddress(drawing), [drawing])
}
