import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

/**
 * One `vitest run` runs every layer. Browser tests drive Debian's Chromium through playwright-core
 * from Node (against the production build served by Vite's preview server), up to three files at
 * a time: a test waiting on a software-rendered frame leaves the cores 40–90 % idle (measured with
 * one file), so other browsers fill the gaps. Measured on two cores, the browser project took
 * 227 s one file at a time, 161 s with two and 145 s with three; every test stays far inside its
 * limit (the longest, the pain drawing, about 31 s of 90).
 */
export default defineConfig({
  plugins: [react()],
  test: {
    // A stray `.only` must fail the run, not silently skip the rest (here and in every project).
    allowOnly: false,
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', allowOnly: false },
      },
      {
        extends: true,
        test: {
          name: 'scene',
          allowOnly: false,
          include: ['tests/scene/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/scene/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'generator',
          allowOnly: false,
          include: ['tests/generator/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          allowOnly: false,
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
