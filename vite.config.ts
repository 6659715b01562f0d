import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { pwa } from './pwa.config.ts'
import { PREVIEW_HEADERS, securityPolicy } from './tools/securityPlugin.ts'

export default defineConfig({
  plugins: [
    react(),
    // The security policy: a meta tag in index.html and dist/_headers (tools/securityPolicy.ts).
    securityPolicy(),
    // Offline and installable: the service worker and the web app manifest (pwa.config.ts).
    pwa(),
  ],
  build: {
    // three + R3F are one large chunk by nature (TOOLCHAIN.md §4); 1.5 MB keeps the warning for real growth.
    chunkSizeWarningLimit: 1500,
  },
  preview: { port: 4173, host: '127.0.0.1', headers: { ...PREVIEW_HEADERS } },
  server: { host: '127.0.0.1' },
})
