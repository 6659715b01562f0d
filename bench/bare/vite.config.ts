import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

/**
 * Builds the bare React Three Fiber + drei page (bench/bare/) into dist-bench-bare/, never into
 * the app's dist/. `npm run bench` runs it right after the app's build, with the same Vite and
 * plugin, so the two bundles differ only in what the app adds.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist-bench-bare', import.meta.url)),
    emptyOutDir: true,
    // three + R3F are one large chunk by nature, as in the app's config.
    chunkSizeWarningLimit: 1500,
  },
})
