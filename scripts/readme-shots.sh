#!/bin/sh
# Every picture in the README, from the built app through the test harness (headless Chromium,
# software WebGL). Run after `npx vite build`: `sh scripts/readme-shots.sh`.
set -e
d=docs/screenshots
shoot() { npx tsx scripts/shoot.ts "$@"; }
shoot $d/app.png "" 1280 720
shoot $d/anterior.png "" 1280 720 1
shoot $d/posterior.png "" 1280 720 2
shoot $d/lateral.png "" 1280 720 3
shoot $d/posture-stand.png "" 1280 720 panel:Posture
shoot $d/posture-sit.png "" 1280 720 panel:Posture click:Sit
shoot $d/posture-stretch.png "" 1280 720 panel:Posture click:Stretch
shoot $d/pain-posterior.png "" 1280 720 panel:Pain "check:Pain pattern: Iliopsoas (deep hip flexor)" "radio:Pain side=Right" 2
shoot $d/pain-anterior.png "" 1280 720 panel:Pain "check:Pain pattern: Iliopsoas (deep hip flexor)" "radio:Pain side=Right" 1
npx tsx scripts/shoot-drawing.ts $d/pain-drawing.png
npx tsx scripts/shoot-screens.ts $d
npx tsx scripts/shoot-story.ts $d 768 1024 sitting,pain-back
npx tsx scripts/shoot-handout.ts $d/handout.png
