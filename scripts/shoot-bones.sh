#!/bin/sh
# The bone close-ups in docs/screenshots/bones/: the app's own view of the assembled bones (run
# after `npx vite build`), and six-view sheets of single bones from the generator's preview tool.
# `sh scripts/shoot-bones.sh`.
set -e
d=docs/screenshots/bones
mkdir -p $d
app() { npx tsx scripts/shoot.ts "$d/$1.png" "#v=1&cam=$2&layers=bone,disc" 1280 800; }
app pelvis-front 0,0.06,0.55,0,0.03,0
app pelvis-back 0,0.06,-0.55,0,0.03,0
app pelvis-inlet 0,0.52,0.14,0,0.02,0
app hip-bone-inside -0.14,0.24,0.14,0.07,0.03,-0.03
app sacrum-back 0,0.06,-0.32,0,0.05,-0.05
app knee-front 0.1,-0.38,0.3,0.075,-0.42,0
app knee-side 0.35,-0.4,0.02,0.075,-0.42,0
app femur-proximal-front 0.2,-0.06,0.3,0.07,-0.04,0
app femur-proximal-back 0.16,-0.05,-0.3,0.07,-0.04,0
app femur-distal-front 0.08,-0.37,0.26,0.058,-0.405,0
sheet() { npx tsx generator/preview/preview.ts generator/preview/closeUps.ts "$1" "$d/$2.png"; }
sheet hipBone hip-bone-sheet
sheet sacrum sacrum-sheet
sheet l3 l3-sheet
sheet femurTop femur-proximal-sheet
sheet femurBottom femur-distal-sheet
