#!/usr/bin/env bash
# Checks that a performance change moved no output: builds an earlier commit and this checkout
# (Release), runs both on the sweeps' outputs and compares them byte for byte: the decision table
# (md, csv, json), the theory export, the lint (text, md), the weighing (json), the argument
# export (every format) and the what-if of every built-in (text, md, json). Prints each comparison and exits 1 on the first difference. Not run in CI
# (it builds twice); the snapshot tests pin the same outputs against committed files.
#
#   tests/AllianceRules.Benchmarks/compare-outputs.sh [BASE_REF]
#
# BASE_REF defaults to main. BASE_BIN / THIS_BIN may name directories that already hold the two
# builds' alliance-rules (then nothing is built).
set -euo pipefail
cd "$(dirname "$0")/../.."

base_ref=${1:-main}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/base-src" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

base=${BASE_BIN:-}
this=${THIS_BIN:-}
if [[ -z $base ]]; then
  echo "building $base_ref ..."
  git worktree add --detach "$work/base-src" "$base_ref" >/dev/null
  dotnet build "$work/base-src/src/AllianceRules.Cli" -c Release -o "$work/base" >/dev/null
  base=$work/base
fi
if [[ -z $this ]]; then
  echo "building this checkout ..."
  dotnet build src/AllianceRules.Cli -c Release -o "$work/this" >/dev/null
  this=$work/this
fi

export XDG_CACHE_HOME="$work/cache" ALLIANCERULES_STARTUP_PROFILE=0
compared=0
same() {
  local label=$1; shift
  "$base/alliance-rules" "$@" >"$work/base.out" 2>&1 || echo "exit $?" >>"$work/base.out"
  "$this/alliance-rules" "$@" >"$work/this.out" 2>&1 || echo "exit $?" >>"$work/this.out"
  if ! cmp -s "$work/base.out" "$work/this.out"; then
    echo "DIFFERENT: $label (alliance-rules $*)" >&2
    diff "$work/base.out" "$work/this.out" | head -20 >&2
    exit 1
  fi
  compared=$((compared + 1))
  echo "same: $label ($(wc -c <"$work/this.out") bytes)"
}

for format in md csv json; do same "table --format $format" table --format "$format"; done
same "export-theory" export-theory
for format in text md; do same "lint --format $format" lint --format "$format"; done
same "weigh --format json" weigh --format json
for format in argdown aif graphml json; do same "export-argument --format $format" export-argument --format "$format"; done
for id in $("$this/alliance-rules" scenarios | awk '$1 ~ /^[0-9][0-9][0-9][0-9]/ { print $1 }'); do
  for format in text md json; do same "whatif $id --format $format" whatif --builtin "$id" --format "$format"; done
done
echo "all $compared outputs byte-identical; load: $(uptime | sed 's/.*load average: //')"
