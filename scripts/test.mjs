#!/usr/bin/env node
/**
 * `npm test`: every test (unit, scene, generator, browser) in one Vitest run, then a plain
 * "N passed, N failed" line. Browser tests need Debian's Chromium: found at CHROMIUM_PATH or
 * /usr/bin/chromium, installed with apt when we are root on Debian, else we stop and say what to
 * install. The production build is made first because the browser tests drive it.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const extra = process.argv.slice(2).filter((a) => a !== '--browser-only')
const browserOnly = process.argv.includes('--browser-only')

function ensureChromium() {
  if (existsSync(chromium)) return
  const isRoot = process.getuid?.() === 0
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get')
  if (isRoot && isDebian && !process.env.CHROMIUM_PATH) {
    console.log('Chromium is missing: installing Debian\'s "chromium" package (needed for the browser tests)…')
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-liberation'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    if (existsSync(chromium)) return
  }
  console.error(
    `\nThe browser tests need Chromium at ${chromium}, and it is not there.\n` +
      `Install it with:  sudo apt-get install chromium   (Debian/Ubuntu)\n` +
      `or point CHROMIUM_PATH at a Chromium or Chrome binary, then run npm test again.\n`,
  )
  process.exit(2)
}

ensureChromium()
console.log('Building the app for the browser tests…')
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

mkdirSync('test-results', { recursive: true })
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']
if (browserOnly) args.push('--project', 'browser')
const run = spawnSync('npx', [...args, ...extra], { stdio: 'inherit' })

let passed
let failed
try {
  const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'))
  passed = report.numPassedTests
  failed = report.numFailedTests
  // A file that fails to load (syntax error, failing hook) has no failed test but is a failure.
  if (!report.success && failed === 0) failed = Math.max(1, report.numFailedTestSuites)
} catch {
  passed = 0
  failed = 1 // no report: the run itself broke
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(run.status === 0 && failed === 0 ? 0 : 1)
