import { clamp, smoothstep } from '../../anatomy/scalar'
import { enclosedVolume, perpendicularTo, ringTable, tubeIndices } from './tube'

const _start = new Float64Array(3)

/**
 * One muscle belly as a single smooth closed surface lofted through the muscle's strands: the
 * strands are its skeleton. Pure typed-array code (no three.js) so Node tests measure exactly
 * what the app draws.
 *
 * At each of `stations` cross-sections the muscle's strands each give a point and a radius; the
 * section is a soft convex hull of those discs: for every direction d round the section, each
 * strand's support (how far its disc reaches along d) is blended by a soft maximum, so the outline
 * hugs the outermost discs, bridges the gaps between them (one belly, not a bundle) and changes
 * smoothly when a strand overtakes another (no popping while the rig moves).
 *
 * Layout (shared with `tube.ts`, so `tubeIndices` and `enclosedVolume` serve both): `stations`
 * rings of `sides` vertices, origin end first, then one centre vertex closing each end.
 */

/**
 * How the strands line up from section to section.
 * - `insertion`: by distance from the insertion. For the psoas, whose strands share their lower
 *   course but arise one above the other (T12 … L5): a section meets each strand at the same
 *   height, and a strand joins the belly only below its own origin (a slip).
 * - `knee`: by fraction of the course above a shared via point (`knee`), then by fraction of the
 *   shared course below it. For the iliacus fan, whose origins lie side by side along the crest:
 *   the first section is the whole origin line, and every strand reaches the pelvic brim together.
 *   Its sections are bands, not hulls (`writeFanSection`): a hull of strands lying in the curved
 *   iliac fossa would fill the bowl instead of lining it.
 */
export type BellyAlign = 'insertion' | 'knee'

/** Soft-maximum sharpness (1/mm): 0.6 rounds the hull's corners over about 2 mm. */
const SHARPNESS = 0.6
/** Order of the polynomial soft maximum, (1 + e/8)⁸ ≈ exp(e); the code squares three times. */
const SOFT_ORDER = 8
/**
 * Volume-correction steps a frame. One leaves under 1 % of error in the test poses (whose raw
 * change is up to 10 %) and costs a sixth of the update; a second would halve what is left.
 */
const VOLUME_STEPS = 1
/** A slip fades into the belly over this distance below its origin (mm), so it grows in, not pops. */
const SLIP_FADE = 12
/**
 * Radii shrink to a sliver over this distance (mm) at each attachment: an origin or insertion lies
 * on the bone surface, so a full disc there would sink half into the bone. Fibres fan out onto
 * their attachment instead (the fan is the other strands' sections).
 */
const END_TAPER = 22
/** The sliver left at an attachment (mm): never zero, so the end sections keep an outline. */
const END_RADIUS = 0.6

/** A muscle's strands for one frame: flat posed polylines (mm) and how far along each the knee lies. */
export interface BellyStrands {
  /** Flat xyz polyline per strand, origin first (world mm). */
  readonly paths: readonly Float64Array[]
  /** Arc length (mm) from the origin to the knee point, per strand (`knee` alignment only). */
  readonly kneeAt?: readonly number[]
}

/** Per-muscle settings and scratch arrays, allocated once and reused every frame. */
export interface BellyLayout {
  readonly stations: number
  readonly sides: number
  readonly align: BellyAlign
  /** Station index of the knee (`knee` alignment): stations before it cover the course above it. */
  readonly kneeStation: number
  /** Radius (mm) of strand j at fraction u of its current length L (standing length L0 given by the caller). */
  readonly radius: (j: number, u: number, length: number) => number
  /** Scratch: per strand, cumulative arc length of its path. */
  readonly cum: Float64Array[]
  /** Scratch: per station and strand, the sampled point (xyz), radius and weight. */
  readonly pts: Float64Array
  readonly rad: Float64Array
  readonly wt: Float64Array
  readonly logWt: Float64Array
  /** Per live strand of one section: its score coefficients and sample index. */
  readonly scratch: Float64Array
  /** Per live strand of one section: its sample index (integers index typed arrays fastest). */
  readonly liveIndex: Int32Array
  /** Per station: centre (xyz) and along-fibre fraction 0 (origin) … 1 (insertion). */
  readonly centre: Float64Array
  readonly along: Float64Array
  /** The surface's triangles (as drawn), for the volume the update holds. */
  readonly indices: Uint32Array
  /**
   * Enclosed volume (m³) to hold, set from the standing pose: muscle is nearly incompressible, and
   * the strands' own radius scaling (r ∝ 1/√L) does not account for the bridged gaps between them.
   */
  restVolume: number | null
}

/** A reusable layout for a muscle of `strandCount` strands. */
export function createBellyLayout(
  strandCount: number,
  stations: number,
  sides: number,
  align: BellyAlign,
  kneeStation: number,
  radius: BellyLayout['radius'],
): BellyLayout {
  return {
    stations,
    sides,
    align,
    kneeStation: clamp(Math.round(kneeStation), 1, stations - 2),
    radius,
    cum: Array.from({ length: strandCount }, () => new Float64Array(0)),
    pts: new Float64Array(stations * strandCount * 3),
    rad: new Float64Array(stations * strandCount),
    wt: new Float64Array(stations * strandCount),
    logWt: new Float64Array(stations * strandCount),
    scratch: new Float64Array(strandCount * 4),
    liveIndex: new Int32Array(strandCount),
    centre: new Float64Array(stations * 3),
    along: new Float64Array(stations),
    // The fan's first section is a thin curved band: zip it shut rather than fan it from a centre.
    indices: tubeIndices(stations, sides, align === 'knee' ? 'zip' : 'centre'),
    restVolume: null,
  }
}

/** Cumulative arc lengths of a flat polyline, into a reused array (grown when needed). */
function cumulative(path: Float64Array, prev: Float64Array): Float64Array {
  const m = path.length / 3
  const cum = prev.length === m ? prev : new Float64Array(m)
  cum[0] = 0
  for (let i = 1; i < m; i++) {
    const dx = path[i * 3]! - path[i * 3 - 3]!
    const dy = path[i * 3 + 1]! - path[i * 3 - 2]!
    const dz = path[i * 3 + 2]! - path[i * 3 - 1]!
    cum[i] = cum[i - 1]! + Math.sqrt(dx * dx + dy * dy + dz * dz)
  }
  return cum
}

/** The point at arc length `s` (clamped to the path) of a flat polyline, written to out[o..o+2]. */
function pointAt(path: Float64Array, cum: Float64Array, s: number, out: Float64Array, o: number): void {
  const m = cum.length
  const total = cum[m - 1]!
  const t = clamp(s, 0, total)
  // Binary search: paths have a few dozen points, sections a few dozen per frame.
  let lo = 0
  let hi = m - 1
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1
    if (cum[mid]! <= t) lo = mid
    else hi = mid
  }
  const span = cum[hi]! - cum[lo]!
  const f = span > 0 ? (t - cum[lo]!) / span : 0
  for (let c = 0; c < 3; c++) out[o + c] = path[lo * 3 + c]! + (path[hi * 3 + c]! - path[lo * 3 + c]!) * f
}

/**
 * Sample every strand at every station: point, radius and blend weight. Returns the strand lengths
 * (mm) in `lengths`.
 */
function sampleStrands(layout: BellyLayout, strands: BellyStrands, lengths: Float64Array): void {
  const { stations, align, kneeStation } = layout
  const n = strands.paths.length
  let longest = 0
  for (let j = 0; j < n; j++) {
    layout.cum[j] = cumulative(strands.paths[j]!, layout.cum[j]!)
    const cum = layout.cum[j]!
    lengths[j] = cum[cum.length - 1]!
    longest = Math.max(longest, lengths[j]!)
  }
  for (let k = 0; k < stations; k++) {
    const t = k / (stations - 1)
    for (let j = 0; j < n; j++) {
      const L = lengths[j]!
      let s: number
      let weight = 1
      if (align === 'insertion') {
        s = L - longest * (1 - t)
        // Above its origin a strand is not yet part of the belly: it fades in below the origin.
        // (The longest strand has s ≥ 0 everywhere, so every section keeps a strand.)
        weight = smoothstep(-1, SLIP_FADE, s)
      } else {
        const knee = clamp(strands.kneeAt?.[j] ?? L / 2, 0, L)
        s =
          k <= kneeStation
            ? FAN_START + ((knee - FAN_START) * k) / kneeStation
            : knee + ((L - knee) * (k - kneeStation)) / (stations - 1 - kneeStation)
      }
      const i = k * n + j
      pointAt(strands.paths[j]!, layout.cum[j]!, s, layout.pts, i * 3)
      const taper = Math.min(smoothstep(0, END_TAPER, s), smoothstep(0, END_TAPER, L - s))
      // Aligned by distance from the insertion, every strand takes the belly's profile at the
      // section's own place (thick at L4–L5, tendon over the brim); a strand's own fraction would
      // keep a short low strand at full belly where the long ones have become tendon.
      const u = align === 'insertion' ? t : clamp(s / L, 0, 1)
      layout.rad[i] = Math.max(END_RADIUS, layout.radius(j, u, L) * taper)
      layout.wt[i] = weight
    }
  }
}

/**
 * Write the belly's positions (m), normals and per-station fibre fraction for the strands' current
 * paths. `lengths` receives each strand's length (mm).
 */
export function writeBelly(
  layout: BellyLayout,
  strands: BellyStrands,
  positions: Float32Array,
  normals: Float32Array,
  lengths: Float64Array,
): void {
  const { stations, sides, pts, wt, centre } = layout
  const n = strands.paths.length
  sampleStrands(layout, strands, lengths)
  // Section centres: weighted mean of the strand points.
  for (let k = 0; k < stations; k++) {
    let x = 0
    let y = 0
    let z = 0
    let w = 0
    for (let j = 0; j < n; j++) {
      const i = k * n + j
      const a = wt[i]!
      x += pts[i * 3]! * a
      y += pts[i * 3 + 1]! * a
      z += pts[i * 3 + 2]! * a
      w += a
    }
    centre[k * 3] = x / w
    centre[k * 3 + 1] = y / w
    centre[k * 3 + 2] = z / w
    layout.along[k] = k / (stations - 1)
  }
  // Logs of the weights, once per section and strand rather than once per vertex.
  const logWt = layout.logWt
  for (let i = 0; i < stations * n; i++) logWt[i] = wt[i]! > 0 ? Math.log(wt[i]!) : -Infinity
  // Section frames parallel-transported along the centre curve, so the loft never twists.
  let nx = 0
  let ny = 0
  let nz = 0
  for (let k = 0; k < stations; k++) {
    const a = Math.max(0, k - 1)
    const b = Math.min(stations - 1, k + 1)
    let tx = centre[b * 3]! - centre[a * 3]!
    let ty = centre[b * 3 + 1]! - centre[a * 3 + 1]!
    let tz = centre[b * 3 + 2]! - centre[a * 3 + 2]!
    let l = Math.sqrt(tx * tx + ty * ty + tz * tz) || 1
    tx /= l
    ty /= l
    tz /= l
    if (k === 0) {
      // Any perpendicular will do to start; the frame is carried on from there.
      perpendicularTo(tx, ty, tz, _start)
      nx = _start[0]!
      ny = _start[1]!
      nz = _start[2]!
    }
    const d = nx * tx + ny * ty + nz * tz
    nx -= d * tx
    ny -= d * ty
    nz -= d * tz
    l = Math.sqrt(nx * nx + ny * ny + nz * nz) || 1
    nx /= l
    ny /= l
    nz /= l
    const bx = ty * nz - tz * ny
    const by = tz * nx - tx * nz
    const bz = tx * ny - ty * nx
    if (layout.align === 'knee') writeFanSection(layout, k, n, nx, ny, nz, tx, ty, tz, positions)
    else writeSection(layout, k, n, nx, ny, nz, bx, by, bz, positions)
  }
  // End centres close the surface.
  const start = stations * sides * 3
  const last = (stations - 1) * 3
  for (let c = 0; c < 3; c++) {
    positions[start + c] = centre[c]! * 0.001
    positions[start + 3 + c] = centre[last + c]! * 0.001
  }
  holdVolume(layout, positions)
  gridNormals(positions, stations, sides, normals)
}

/**
 * One section's ring: the soft support of its strands' discs in every direction round it. Kept
 * apart from `writeBelly` so the engine optimises this hot loop on its own.
 */
function writeSection(
  layout: BellyLayout,
  k: number,
  n: number,
  nx: number,
  ny: number,
  nz: number,
  bx: number,
  by: number,
  bz: number,
  positions: Float32Array,
): void {
  const { sides, pts, rad, wt, logWt, scratch, liveIndex } = layout
  const ring = ringTable(sides)
  // Each live strand's score along d = cos·N + sin·B is cos·sa + sin·sb + sc (reach scaled, plus
  // the log of its weight): three numbers per strand and section, so the loop round the ring is cheap.
  let live = 0
  for (let j = 0; j < n; j++) {
    const i = k * n + j
    if (wt[i] === 0) continue
    const px = pts[i * 3]!
    const py = pts[i * 3 + 1]!
    const pz = pts[i * 3 + 2]!
    scratch[live * 4] = SHARPNESS * (px * nx + py * ny + pz * nz)
    scratch[live * 4 + 1] = SHARPNESS * (px * bx + py * by + pz * bz)
    scratch[live * 4 + 2] = SHARPNESS * rad[i]! + logWt[i]!
    liveIndex[live] = i
    live++
  }
  for (let s = 0; s < sides; s++) {
    const c = ring[2 * s]!
    const sn = ring[2 * s + 1]!
    // Soft support: the discs' reaches along d blended towards the farthest, weighted relative to
    // the best score (so the winner always counts fully).
    let best = -Infinity
    for (let q = 0; q < live; q++) {
      const score = c * scratch[q * 4]! + sn * scratch[q * 4 + 1]! + scratch[q * 4 + 2]!
      if (score > best) best = score
    }
    let x = 0
    let y = 0
    let z = 0
    let reach = 0
    let w = 0
    for (let q = 0; q < live; q++) {
      const e = c * scratch[q * 4]! + sn * scratch[q * 4 + 1]! + scratch[q * 4 + 2]! - best
      // (1 + e/8)⁸ stands in for exp(e): within a few percent where it matters, three squarings
      // instead of an exp (the blend runs ~25,000 times a frame), and exactly zero for discs more
      // than 8 behind the best (about 13 mm), so those are skipped.
      if (e <= -SOFT_ORDER) continue
      let g = 1 + e / SOFT_ORDER
      g *= g
      g *= g
      g *= g
      const i = liveIndex[q]!
      x += pts[i * 3]! * g
      y += pts[i * 3 + 1]! * g
      z += pts[i * 3 + 2]! * g
      reach += rad[i]! * g
      w += g
    }
    // Blend of (centre + r·d) = blend of centres + (blend of radii)·d.
    reach /= w
    x += reach * w * (c * nx + sn * bx)
    y += reach * w * (c * ny + sn * by)
    z += reach * w * (c * nz + sn * bz)
    const v = (k * sides + s) * 3
    positions[v] = (x / w) * 0.001
    positions[v + 1] = (y / w) * 0.001
    positions[v + 2] = (z / w) * 0.001
  }
}

/** Catmull–Rom point (into out[0..2]) and tangent (out[3..5]) at chain parameter t of the live strands. */
function chainAt(pts: Float64Array, idx: Int32Array, live: number, t: number, out: Float64Array): void {
  const i = Math.min(live - 2, Math.max(0, Math.floor(t)))
  const f = t - i
  const i0 = idx[Math.max(0, i - 1)]! * 3
  const i1 = idx[i]! * 3
  const i2 = idx[i + 1]! * 3
  const i3 = idx[Math.min(live - 1, i + 2)]! * 3
  for (let c = 0; c < 3; c++) {
    const p0 = pts[i0 + c]!
    const p1 = pts[i1 + c]!
    const p2 = pts[i2 + c]!
    const p3 = pts[i3 + c]!
    const a = -p0 + p2
    const b = 2 * p0 - 5 * p1 + 4 * p2 - p3
    const d = -p0 + 3 * p1 - 3 * p2 + p3
    out[c] = 0.5 * (2 * p1 + a * f + b * f * f + d * f * f * f)
    out[3 + c] = 0.5 * (a + 2 * b * f + 3 * d * f * f)
  }
}

/**
 * The fan's first section lies this far (mm) along each strand from its origin: between origins on
 * the curved iliac crest a curve through the origins themselves would cut through the crest.
 */
const FAN_START = 4

/** Chain tangents shorter than this (mm per strand step) give way to the section frame's normal. */
const FAN_DEGENERATE = 1

const _chain = new Float64Array(6)
/**
 * One section of a fan: a band of thickness 2r through the strands in their order (a smooth
 * Catmull–Rom curve through them), with rounded edges. Round the ring, angle φ maps to the
 * curve parameter (1 − cos φ)/2 and to an offset r·(sin φ across the band − cos φ along it), so
 * the band is thickest in its middle and thins to round edges, like an ellipse bent along the
 * fossa. Where the strands have converged (the tendon) the band closes to a circle.
 */
function writeFanSection(
  layout: BellyLayout,
  k: number,
  n: number,
  nx: number,
  ny: number,
  nz: number,
  tx: number,
  ty: number,
  tz: number,
  positions: Float32Array,
): void {
  const { sides, pts, rad, wt, liveIndex } = layout
  const ring = ringTable(sides)
  let live = 0
  for (let j = 0; j < n; j++) if (wt[k * n + j]! > 0) liveIndex[live++] = k * n + j
  for (let s = 0; s < sides; s++) {
    const c = ring[2 * s]!
    const sn = ring[2 * s + 1]!
    const t = ((1 - c) / 2) * (live - 1)
    let r: number
    if (live > 1) {
      chainAt(pts, liveIndex, live, t, _chain)
      const i = Math.min(live - 2, Math.floor(t))
      const f = t - i
      r = rad[liveIndex[i]!]! * (1 - f) + rad[liveIndex[i + 1]!]! * f
    } else {
      for (let q = 0; q < 3; q++) _chain[q] = pts[liveIndex[0]! * 3 + q]!
      _chain.fill(0, 3)
      r = rad[liveIndex[0]!]!
    }
    // Along the band: the chain tangent within the section plane, blended with the frame normal so
    // the band turns smoothly into a circle as the strands converge.
    let dx = _chain[3]! + FAN_DEGENERATE * nx
    let dy = _chain[4]! + FAN_DEGENERATE * ny
    let dz = _chain[5]! + FAN_DEGENERATE * nz
    const along = dx * tx + dy * ty + dz * tz
    dx -= along * tx
    dy -= along * ty
    dz -= along * tz
    const l = Math.sqrt(dx * dx + dy * dy + dz * dz) || 1
    dx /= l
    dy /= l
    dz /= l
    // Across the band: along × tangent, so the ring runs counter-clockwise about the tangent.
    const ax = dy * tz - dz * ty
    const ay = dz * tx - dx * tz
    const az = dx * ty - dy * tx
    const v = (k * sides + s) * 3
    positions[v] = (_chain[0]! + r * (sn * ax - c * dx)) * 0.001
    positions[v + 1] = (_chain[1]! + r * (sn * ay - c * dy)) * 0.001
    positions[v + 2] = (_chain[2]! + r * (sn * az - c * dz)) * 0.001
  }
}

/**
 * Scale the sections about their centres so the enclosed volume equals the standing one (the first
 * call records it). Section areas go with the square of the scale, so √(V₀/V) is a Newton-like step.
 * The scale fades to 1 at the two ends: the end sections lie on their attachments, and stretching
 * them (the iliacus's first section is its whole origin line) would push them into the bone. Each
 * step then corrects most, not all, of the error (the ends' share, about a sixth, is left).
 */
function holdVolume(layout: BellyLayout, positions: Float32Array): void {
  const { stations, sides, centre } = layout
  if (layout.restVolume === null) {
    layout.restVolume = enclosedVolume(positions, layout.indices)
    return
  }
  for (let step = 0; step < VOLUME_STEPS; step++) {
    const v = enclosedVolume(positions, layout.indices)
    if (!(v > 0)) return
    const f = Math.sqrt(layout.restVolume / v) - 1
    for (let k = 0; k < stations; k++) {
      const t = k / (stations - 1)
      const g = 1 + f * smoothstep(0, 0.12, t) * smoothstep(0, 0.12, 1 - t)
      for (let c = 0; c < 3; c++) {
        const o = centre[k * 3 + c]! * 0.001
        for (let s = 0; s < sides; s++) {
          const i = (k * sides + s) * 3 + c
          positions[i] = o + (positions[i]! - o) * g
        }
      }
    }
  }
}

/**
 * Smooth normals from the loft grid: the cross product of the central differences round the ring
 * and along the muscle (outward for the winding `tubeIndices` uses). End centres take the axis.
 */
export function gridNormals(positions: Float32Array, stations: number, sides: number, normals: Float32Array): void {
  for (let k = 0; k < stations; k++) {
    const ka = Math.max(0, k - 1)
    const kb = Math.min(stations - 1, k + 1)
    for (let s = 0; s < sides; s++) {
      const sa = (s + sides - 1) % sides
      const sb = (s + 1) % sides
      const i0 = (ka * sides + s) * 3
      const i1 = (kb * sides + s) * 3
      const j0 = (k * sides + sa) * 3
      const j1 = (k * sides + sb) * 3
      const ux = positions[i1]! - positions[i0]!
      const uy = positions[i1 + 1]! - positions[i0 + 1]!
      const uz = positions[i1 + 2]! - positions[i0 + 2]!
      const vx = positions[j1]! - positions[j0]!
      const vy = positions[j1 + 1]! - positions[j0 + 1]!
      const vz = positions[j1 + 2]! - positions[j0 + 2]!
      // Along × around points out for rings wound as in tubeIndices (counter-clockwise from outside).
      let nx = vy * uz - vz * uy
      let ny = vz * ux - vx * uz
      let nz = vx * uy - vy * ux
      const l = Math.sqrt(nx * nx + ny * ny + nz * nz) || 1
      nx /= l
      ny /= l
      nz /= l
      const v = (k * sides + s) * 3
      normals[v] = nx
      normals[v + 1] = ny
      normals[v + 2] = nz
    }
  }
  // End centres take the axis: the mean difference between the end ring and the one next to it.
  const start = stations * sides * 3
  for (let end = 0; end < 2; end++) {
    const k0 = end === 0 ? 0 : stations - 1
    const k1 = end === 0 ? 1 : stations - 2
    let x = 0
    let y = 0
    let z = 0
    for (let s = 0; s < sides; s++) {
      const a = (k0 * sides + s) * 3
      const b = (k1 * sides + s) * 3
      x += positions[a]! - positions[b]!
      y += positions[a + 1]! - positions[b + 1]!
      z += positions[a + 2]! - positions[b + 2]!
    }
    const l = Math.sqrt(x * x + y * y + z * z) || 1
    normals[start + end * 3] = x / l
    normals[start + end * 3 + 1] = y / l
    normals[start + end * 3 + 2] = z / l
  }
}
