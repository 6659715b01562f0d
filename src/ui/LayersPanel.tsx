import { setLayerVisible, useViewer, type LayerKind } from '../store/viewerStore'

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
  const kinds = (Object.keys(LAYER_LABELS) as LayerKind[]).filter((k) => k in layers)
  if (kinds.length === 0) return null
  return (
    <fieldset className="panel layers">
      <legend>Layers</legend>
      {kinds.map((k) => (
        <label key={k}>
          <input type="checkbox" checked={layers[k] === true} onChange={(e) => setLayerVisible(k, e.target.checked)} />
          {LAYER_LABELS[k]}
        </label>
      ))}
    </fieldset>
  )
}
