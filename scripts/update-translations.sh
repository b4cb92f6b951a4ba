#!/usr/bin/env bash
# Brings translations/*.ts up to date with the tr() strings of model/, views/ and app/.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -no-obsolete -locations none model views app -ts translations/clusternet_nl.ts translations/clusternet_de.ts
