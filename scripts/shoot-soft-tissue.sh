#!/bin/sh
# The soft-tissue pictures in docs/screenshots/: the psoas and iliacus bellies (bones only and
# through the skin) and the skin standing and sitting from the front, back and side. Run after
# `npx vite build`; wrap in `flock /tmp/browser.lock` on a shared machine.
# `sh scripts/shoot-soft-tissue.sh`.
set -e
d=docs/screenshots
shot() {
  if [ -n "$3" ]; then npx tsx scripts/shoot.ts "$d/$1.png" "#v=1&$2" 1280 720 "$3"
  else npx tsx scripts/shoot.ts "$d/$1.png" "#v=1&$2" 1280 720; fi
}
shot muscles-front 'layers=bone,disc,muscle&cam=0,0.05,0.95,0,0.05,0'
shot muscles-three-quarter 'layers=bone,disc,muscle&cam=0.5,0.3,0.75,0,0.05,0'
shot muscles-close-l4 'layers=bone,disc,muscle&cam=0.12,0.2,0.42,0.02,0.15,0'
shot muscles-see-through-skin 'layers=bone,disc,muscle,skin&cam=0.5,0.2,0.85,0,0.0,0'
shot skin-stand-front 'layers=skin&view=anterior' 'slider:Skin opacity=1'
shot skin-stand-back 'layers=skin&view=posterior' 'slider:Skin opacity=1'
shot skin-stand-side 'layers=skin&view=left' 'slider:Skin opacity=1'
shot skin-sit-front 'layers=skin&pose=sitting&view=anterior' 'slider:Skin opacity=1'
shot skin-sit-back 'layers=skin&pose=sitting&cam=0.9,0.1,-0.9,0,-0.1,0' 'slider:Skin opacity=1'
shot skin-sit-side 'layers=bone,skin&pose=sitting&view=left&pain=iliopsoas&pside=left'
shot muscles-trigger-points 'layers=bone,muscle,skin&pain=iliopsoas&pside=both&cam=0.2,0.12,0.75,0.03,0.07,0'
