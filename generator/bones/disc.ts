/**
 * Intervertebral discs T12/L1 … L5/S1 as signed distance fields.
 *
 * Local frame: origin at the disc centre, +Y along the disc axis, +Z anterior, +X patient's left.
 * The upper face tilts by +wedge/2 and the lower by −wedge/2 (taller in front when lordotic), so
 * they coincide with the adjacent endplates in the standing layout (`stackSpine`). Each face takes
 * the kidney outline of the endplate it touches and bulges into that endplate's central dip, so
 * disc and bodies meet without a gap; the annulus bulges a little outwards between them.
 */
import { S1_ENDPLATE_DEPTH, S1_ENDPLATE_WIDTH } from '../../src/anatomy/skeleton'
import { DISCS, DISC_DIMENSIONS, VERTEBRAE, discRimSpacing, type DiscId } from '../../src/anatomy/spine'
import type { Vec3 } from '../../src/anatomy/types'
import { rad } from '../../src/anatomy/vec'
import { clamp, lerp, smoothstep } from '../../src/anatomy/scalar'
import { type Sdf } from '../sdf/primitives'
import { endplateDip, kidney2d, roundIntersect, type KidneyParams } from '../sdf/spinePrimitives'
import { BODY_INDENT, BODY_RIM_RADIUS, ENDPLATE_DIP, bodyOutline } from './vertebra'
import type { StructureShape } from './types'

/** How far each face reaches into the adjacent bone (mm): ≤ 0.5 so the column reads continuous. */
const OVERLAP = 0.3
/** Outward bulge of the annulus at mid height (mm), less behind (a posterior bulge is pathology). */
const BULGE = 1.3

/** The shape of one intervertebral disc, with the psoas major origin regions (none at L5/S1). */
export function discShape(disc: DiscId): StructureShape {
  const i = DISCS.indexOf(disc)
  const dims = DISC_DIMENSIONS[i]!
  const upper = VERTEBRAE[i]!
  const lower = VERTEBRAE[i + 1]
  const Kup: KidneyParams = { width: upper.bodyWidth, depth: upper.bodyDepth, indent: BODY_INDENT }
  // below L5 the disc sits on the S1 endplate, whose size the skeleton module fixes
  const Klo: KidneyParams = lower
    ? { width: lower.bodyWidth, depth: lower.bodyDepth, indent: BODY_INDENT }
    : { width: S1_ENDPLATE_WIDTH, depth: S1_ENDPLATE_DEPTH, indent: BODY_INDENT }
  const dipLo = lower ? ENDPLATE_DIP : 0
  const H = discRimSpacing(dims)
  const tw = Math.tan(rad(dims.wedgeDeg) / 2)
  // faces sit at the bodies' rounded rim: inset by most of the rim radius so no lip shows
  const faceInset = 0.7 * BODY_RIM_RADIUS

  const sdf: Sdf = (x, y, z) => {
    const topY = H / 2 + z * tw + endplateDip(Kup, ENDPLATE_DIP, x, z) + OVERLAP
    const botY = -H / 2 - z * tw - endplateDip(Klo, dipLo, x, z) - OVERLAP
    const s = clamp((y - botY) / (topY - botY), 0, 1)
    const u = smoothstep(0, 1, s)
    // vertebral faces follow the bodies' concave-backed outline; the S1 face keeps the sacrum's
    const lo = lower ? bodyOutline(Klo, x, z) : kidney2d(Klo, x, z)
    const outline = lerp(lo, bodyOutline(Kup, x, z), u)
    const swell = 4 * s * (1 - s)
    const bulge = BULGE * swell * (0.35 + 0.65 * smoothstep(-10, 5, z))
    const d2 = outline + faceInset * (1 - swell) - bulge
    const dy = Math.max(y - topY, botY - y)
    return roundIntersect(d2, dy, 0.8)
  }

  const halfW = Math.max(Kup.width, Klo.width) / 2 + 3
  const halfD = Math.max(Kup.depth, Klo.depth) / 2 + 3
  const halfH = H / 2 + halfD * tw + 3
  const bounds = { min: [-halfW, -halfH, -halfD - 5] as Vec3, max: [halfW, halfH, halfD] as Vec3 }

  const hasPsoas = disc !== 'l5_s1'
  const region = (p: Vec3, n: Vec3): string | null => {
    if (!hasPsoas) return null
    const [x, , z] = p
    const phi = (Math.atan2(Math.abs(x), z) * 180) / Math.PI
    // lateral / anterolateral rim of the annulus, on the side wall (not the faces)
    if (phi > 38 && phi < 110 && Math.abs(n[1]) < 0.6) return `psoas_major_origin_disc_${disc}_${x >= 0 ? 'l' : 'r'}`
    return null
  }

  return { id: `disc_${disc}`, sdf, bounds, edgeLength: 1.0, targetTriangles: 2000, landmarks: {}, region }
}
