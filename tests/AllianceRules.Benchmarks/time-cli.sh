#!/usr/bin/env bash
# Times the whole `alliance-rules` process, this checkout against an earlier commit, side by side
# in one run. Both are published the same way (Release, for this machine's runtime, framework-
# dependent); the CLI project decides what that publish does (ReadyToRun, TieredPGO). Not run in CI.
#
#   tests/AllianceRules.Benchmarks/time-cli.sh [BASE_REF] [RUNS]
#
# BASE_REF defaults to ae50673 (the build before issue 16); RUNS to 30. Uses hyperfine when it is
# installed (apt-get install hyperfine), otherwise a loop of RUNS fresh processes per build, after
# one run of each to record the startup profile.
set -euo pipefail
cd "$(dirname "$0")/../.."

base_ref=${1:-ae50673}
runs=${2:-30}
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)
work=$(mktemp -d)
trap 'git worktree remove --force "$work/base-src" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

echo "publishing $base_ref and this checkout for $rid ..."
git worktree add --detach "$work/base-src" "$base_ref" >/dev/null
dotnet publish "$work/base-src/src/AllianceRules.Cli" -c Release -r "$rid" --self-contained false -o "$work/base" >/dev/null
dotnet publish src/AllianceRules.Cli -c Release -r "$rid" --self-contained false -o "$work/this" >/dev/null

# The CLI keeps a startup profile per command in its cache directory (multi-core JIT); a cache of
# this run's own keeps the user's profiles out of it, and the warm-ups record the profile that
# the timed runs replay, as every run after a command's first does.
export XDG_CACHE_HOME="$work/cache"
unset ALLIANCERULES_STARTUP_PROFILE

args=(assess --builtin 1978-soviet-alliance)
# The JSON's top-level "format" line was added after ae50673 (issue 17) and names the format
# version; it is the one difference a speed change may not cause, so it is left out of the check.
without_format_line() { grep -v '^  "format": "alliance-rules\.assessment/' || true; }
for format in text json md; do
  cmp <("$work/base/alliance-rules" "${args[@]}" --format "$format" | without_format_line) \
      <("$work/this/alliance-rules" "${args[@]}" --format "$format" | without_format_line) \
    || { echo "the two builds print different $format output" >&2; exit 1; }
done
echo "outputs identical (text, json without its format line, md); load: $(uptime | sed 's/.*load average: //')"

if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 3 --runs "$runs" \
    -n base "$work/base/alliance-rules ${args[*]}" \
    -n this "$work/this/alliance-rules ${args[*]}"
else
  for build in base this; do
    "$work/$build/alliance-rules" "${args[@]}" >/dev/null
    start=$(date +%s%N)
    for _ in $(seq "$runs"); do "$work/$build/alliance-rules" "${args[@]}" >/dev/null; done
    echo "$build: $(( ($(date +%s%N) - start) / runs / 1000000 )) ms per process (mean of $runs)"
  done
fi
echo "load after: $(uptime | sed 's/.*load average: //')"
