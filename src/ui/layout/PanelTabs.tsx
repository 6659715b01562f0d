import { useScreen } from '../../store/appStore'
import { togglePanel, type PanelId } from '../../store/screenSlice'

/** Short tab labels: a tab bar on a phone has room for five short words. */
export const PANEL_LABELS: Readonly<Record<PanelId, string>> = {
  views: 'Views',
  layers: 'Layers',
  posture: 'Posture',
  pain: 'Pain',
  explain: 'Explain',
}

/** Headings of the open panels: what each holds, in plain words. */
export const PANEL_TITLES: Readonly<Record<PanelId, string>> = {
  views: 'Turn the model to a view',
  layers: 'What is shown',
  posture: 'Posture and muscle length',
  pain: 'Your pain drawing and pain patterns',
  explain: 'Explain, exercises and take home',
}

/** The id of the element a panel's content lives in (tabs point at it with aria-controls). */
export const panelElementId = (id: PanelId): string => `panel-${id}`

/**
 * One tab per panel. A tab opens its panel and closes any other; tapping the open tab closes it.
 * They are disclosure buttons (aria-expanded), not an ARIA tab list: a closed state exists.
 */
export function PanelTabs({ panels }: { panels: readonly PanelId[] }) {
  const open = useScreen((s) => s.openPanel)
  return (
    <nav className="tabs" aria-label="Panels" data-ui-box="">
      {panels.map((id) => (
        <button
          key={id}
          type="button"
          className="tab"
          data-panel={id}
          aria-expanded={open === id}
          aria-controls={open === id ? panelElementId(id) : undefined}
          onClick={() => togglePanel(id)}
        >
          {PANEL_LABELS[id]}
        </button>
      ))}
    </nav>
  )
}
