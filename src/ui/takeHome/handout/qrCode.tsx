import qrcode from 'qrcode-generator'

/** Light modules around the code, as the QR standard asks (ISO/IEC 18004: a quiet zone of 4). */
const QUIET = 4

/**
 * The dark modules of a QR code for `text` (error correction M: about 15 % of the code may be
 * smudged or folded), or null when the text is too long for any QR version. The encoder is
 * `qrcode-generator` (MIT); it is bundled with the handout, so it is loaded only with it.
 */
export function qrModules(text: string): boolean[][] | null {
  try {
    const qr = qrcode(0, 'M')
    // Byte mode on the text as it is: a URL is ASCII (its other characters are percent-encoded).
    qr.addData(text, 'Byte')
    qr.make()
    const n = qr.getModuleCount()
    return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)))
  } catch {
    return null
  }
}

/** One path for all dark modules: a run of dark modules in a row is one rectangle. */
function modulesPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = []
  modules.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      if (!row[c]) continue
      let end = c
      while (row[end + 1]) end++
      parts.push(`M${c + QUIET} ${r + QUIET}h${end - c + 1}v1h${-(end - c + 1)}z`)
      c = end
    }
  })
  return parts.join('')
}

/** The printed width of one module we aim for, in mm: phones read 0.4 mm modules from paper with ease. */
const MODULE_MM = 0.4
/** The printed code's smallest and largest width, in mm (the handout's footer leaves room for 45 mm). */
export const QR_PRINT_MM = { min: 27, max: 45 } as const

/**
 * How wide to print a code of `moduleCount` modules (quiet zone not counted), in mm: 0.4 mm per
 * module, but never smaller than 27 mm nor wider than 45 mm. The longest link offered for a QR
 * code (`QR_LINK_LIMIT`) still gets modules of at least 0.33 mm at 45 mm.
 */
export function qrPrintWidthMm(moduleCount: number): number {
  const width = (moduleCount + 2 * QUIET) * MODULE_MM
  return Math.min(QR_PRINT_MM.max, Math.max(QR_PRINT_MM.min, width))
}

/** A QR code as SVG (vector: sharp at any print resolution), black on white with its quiet zone. */
export function QrCode({ modules, label }: { modules: readonly (readonly boolean[])[]; label: string }) {
  const size = modules.length + 2 * QUIET
  // Sized by attributes, not a style: the page's policy allows no inline styles.
  const mm = `${qrPrintWidthMm(modules.length).toFixed(1)}mm`
  return (
    <svg
      className="qr"
      width={mm}
      height={mm}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={modulesPath(modules)} fill="#000000" />
    </svg>
  )
}
