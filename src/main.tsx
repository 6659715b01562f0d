import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './ui/App'
import { startServiceWorker } from './ui/offline/serviceWorker'
import './ui/styles/index.css'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

// Offline and installable (pwa.config.ts). Production builds only: `vite dev` makes no worker,
// and the code being edited must always load fresh.
if (import.meta.env.PROD) void startServiceWorker()
