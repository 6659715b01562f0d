import type { Vec3 } from './types'

/** Small vector helpers on readonly tuples, for data code that must not depend on three.js. */
export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s]
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2])
export const distance = (a: Vec3, b: Vec3): number => length(sub(a, b))
export const normalize = (a: Vec3): Vec3 => scale(a, 1 / length(a))
/** Mirror a point across the midsagittal plane (left ↔ right). */
export const mirrorX = (a: Vec3): Vec3 => [-a[0], a[1], a[2]]
export const deg = (rad: number): number => (rad * 180) / Math.PI
export const rad = (degrees: number): number => (degrees * Math.PI) / 180
/** Rotate a vector about the +X axis by `angle` radians (right-handed: +Y turns towards +Z). */
export const rotateX = (a: Vec3, angle: number): Vec3 => {
  const c = Math.cos(angle)
  const s = Math.sin(angle)
  return [a[0], a[1] * c - a[2] * s, a[1] * s + a[2] * c]
}
/** Angle in degrees between two vectors. */
export const angleBetween = (a: Vec3, b: Vec3): number =>
  deg(Math.acos(Math.max(-1, Math.min(1, dot(a, b) / (length(a) * length(b))))))
