import { useId } from 'react'
import { KEY_COLORS } from '../keyColors'

/**
 * A key swatch for the printed page, as SVG: vector shapes print (and turn into PDF) the same
 * everywhere, where CSS gradient patterns do not. Drawn as the 3D view draws the mark: blue
 * hatching for the drawing, the heat ramp for a pattern's main area, dots for its spillover.
 */
export function KeySwatch({ kind }: { kind: 'drawing' | 'heat' | 'dots' }) {
  const gradient = useId()
  return (
    <svg className="h-swatch" viewBox="0 0 12 12" aria-hidden="true">
      {kind === 'heat' && (
        <>
          <defs>
            <linearGradient id={gradient}>
              {KEY_COLORS.heat.map((c, i) => (
                <stop key={c} offset={i / (KEY_COLORS.heat.length - 1)} stopColor={c} />
              ))}
            </linearGradient>
          </defs>
          <rect width="12" height="12" fill={`url(#${gradient})`} />
        </>
      )}
      {kind === 'drawing' && (
        <>
          <rect width="12" height="12" fill={KEY_COLORS.drawingLight} />
          {[-12, -8, -4, 0, 4, 8, 12].map((d) => (
            <line key={d} x1={d} y1={12} x2={d + 12} y2={0} stroke={KEY_COLORS.drawing} strokeWidth="2" />
          ))}
        </>
      )}
      {kind === 'dots' && (
        <>
          <rect width="12" height="12" fill={KEY_COLORS.skin} />
          {[2, 6, 10].flatMap((x) =>
            [2, 6, 10].map((y) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.3" fill={KEY_COLORS.heat[1]} />),
          )}
        </>
      )}
      <rect x="0.25" y="0.25" width="11.5" height="11.5" fill="none" stroke="#5a6270" strokeWidth="0.5" />
    </svg>
  )
}
