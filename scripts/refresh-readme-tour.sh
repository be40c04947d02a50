#!/usr/bin/env bash
# Re-runs the README's tour commands on a fresh demo database and prints their output,
# so the README can show what the current build really prints.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build >/dev/null
entente="$PWD/.build/debug/entente"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"
for command in "demo" "stats" "facts --about Türkiye --since 2016-06 --until 2016-12 --limit 4" "entities --kind actor --limit 5"; do
    echo "\$ entente $command"
    # shellcheck disable=SC2086
    "$entente" $command
    echo
done
