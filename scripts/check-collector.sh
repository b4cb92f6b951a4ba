#!/bin/sh
# Parses resources/collect-inventory.ps1 with the tree-sitter PowerShell grammar (npm packages
# tree-sitter and tree-sitter-powershell; pwsh itself is not to be had on Debian). With
# --install, first installs those packages into build/ps-parser. Without them it exits 77,
# which CTest counts as skipped.
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
modules=${CLUSTERNET_PS_PARSER:-$here/build/ps-parser}
script=${2:-$here/resources/collect-inventory.ps1}
if [ "$1" = "--install" ]; then
    mkdir -p "$modules"
    (cd "$modules" && npm install --no-audit --no-fund --silent tree-sitter@0.25.1 tree-sitter-powershell@0.26.4)
fi
if ! command -v node >/dev/null 2>&1 || [ ! -d "$modules/node_modules/tree-sitter-powershell" ]; then
    echo "no PowerShell parser: run scripts/check-collector.sh --install (needs node and npm)"
    exit 77
fi
exec node --no-deprecation "$here/scripts/check-collector.mjs" "$script" "$modules/node_modules"
