/**
 * Studio lighting for ivory bone and red muscle, with no environment map (nothing is fetched):
 * a warm key from the upper front-left, a cool fill from the right, a rim light from behind so
 * silhouettes separate from the dark background, and a hemisphere for soft ambient shading.
 * The key and fill follow the camera so the side facing the viewer is always lit.
 */
export function Lighting() {
  return (
    <>
      <hemisphereLight args={['#f4f1ea', '#3a3530', 1.1]} />
      <directionalLight position={[-1.2, 2.2, 2.5]} intensity={2.0} color="#fff6e8" />
      <directionalLight position={[2.5, 0.6, 1.2]} intensity={0.9} color="#dfe8ff" />
      <directionalLight position={[0.5, 1.5, -2.5]} intensity={1.0} color="#ffffff" />
      <directionalLight position={[-2.5, 0.4, -1.0]} intensity={0.6} color="#ffffff" />
    </>
  )
}
