#!/bin/sh
# The referral-pattern close-ups in docs/screenshots/pain-<pattern>-<side>-<view>.png: iliopsoas,
# gluteus minimus and quadratus lumborum on the left side and on both, from the views their
# charts are drawn in (run after `npx vite build`; wrap in `flock /tmp/browser.lock` on a shared
# machine). `sh scripts/shoot-pain.sh`.
set -e
d=docs/screenshots
shot() { npx tsx scripts/shoot.ts "$d/pain-$1-$2-$3.png" "#v=1&layers=skin&pain=$1&pside=$2&cam=$4" 1280 720; }
shot iliopsoas left posterior 0.05,0.1,-1.15,0.05,0.1,0
shot iliopsoas both posterior 0,0.1,-1.15,0,0.1,0
shot iliopsoas left anterior 0.05,0.0,1.25,0.05,0.0,0
shot iliopsoas both anterior 0,0.0,1.25,0,0.0,0
shot gluteus_minimus left lateral 1.9,-0.3,0.25,0,-0.3,0
shot gluteus_minimus left posterior 0.15,-0.3,-1.9,0.05,-0.3,0
shot gluteus_minimus both posterior 0,-0.3,-1.9,0,-0.3,0
shot quadratus_lumborum left posterior 0.1,0.05,-1.15,0.05,0.05,0
shot quadratus_lumborum both posterior 0,0.05,-1.15,0,0.05,0
shot quadratus_lumborum left lateral 1.2,0.0,-0.15,0.05,0.0,0
