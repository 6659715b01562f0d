import { useId } from 'react'
import { ATTACHMENT_COLORS } from '../overlays/attachmentPaint'
import { usePain, useViewer } from '../store/appStore'
import { setSkinOpacity } from '../store/painSlice'
import { setAttachmentsVisible, setLayerVisible, type LayerKind } from '../store/viewerSlice'

/** Label of each layer kind, in the order they are listed. */
export const LAYER_LABELS: Readonly<Record<LayerKind, string>> = {
  bone: 'Bones',
  disc: 'Discs',
  muscle: 'Muscles',
  skin: 'Skin',
  landmark: 'Landmarks',
}

/** One checkbox per layer kind present in the loaded models. */
export function LayersPanel() {
  const layers = useViewer((s) => s.layers)
  const attachments = useViewer((s) => s.attachments)
  const skinOpacity = usePain((s) => s.skinOpacity)
  const opacityId = useId()
  const kinds = (Object.keys(LAYER_LABELS) as LayerKind[]).filter((k) => k in layers)
  if (kinds.length === 0) return null
  return (
    <fieldset className="layers">
      <legend className="visually-hidden">Layers</legend>
      {kinds.map((k) => (
        <label key={k}>
          <input type="checkbox" checked={layers[k] === true} onChange={(e) => setLayerVisible(k, e.target.checked)} />
          {LAYER_LABELS[k]}
        </label>
      ))}
      {layers.skin === true && (
        <div className="opacity-row">
          <label htmlFor={opacityId}>Skin opacity</label>
          <input
            id={opacityId}
            type="range"
            min={0.05}
            max={1}
            step={0.05}
            value={skinOpacity}
            aria-valuetext={`${Math.round(skinOpacity * 100)}%`}
            onChange={(e) => setSkinOpacity(Number(e.target.value))}
          />
        </div>
      )}
      {'bone' in layers && (
        <>
          <span className="sublegend">Attachments</span>
          <label>
            <input
              type="checkbox"
              checked={attachments.psoas_major}
              onChange={(e) => setAttachmentsVisible('psoas_major', e.target.checked)}
            />
            Psoas major attachments
          </label>
          <label>
            <input
              type="checkbox"
              checked={attachments.iliacus}
              onChange={(e) => setAttachmentsVisible('iliacus', e.target.checked)}
            />
            Iliacus attachments
          </label>
          <ul className="key" aria-label="Key">
            <li>
              <span className="swatch stripes" style={{ color: ATTACHMENT_COLORS.origin }} aria-hidden="true" /> Where
              it starts (origin), striped
            </li>
            <li>
              <span className="swatch dots" style={{ color: ATTACHMENT_COLORS.insertion }} aria-hidden="true" /> Where
              it attaches (insertion), dotted
            </li>
          </ul>
        </>
      )}
    </fieldset>
  )
}
