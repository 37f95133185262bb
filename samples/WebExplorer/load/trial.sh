#!/usr/bin/env bash
# The load trial of the decision service (issue 30), on loopback only, each part bounded in time:
#   throughput  assess alone, then with the costly class saturated by 8 what-if clients
#   size        the answer to a 1 MiB body of unknown properties
#   memory      RSS warmed up, during a flood of 1 MiB bodies, and after a minute idle
#   burst       64 concurrent what-ifs: how many 429 (with Retry-After), the longest wait
#   revalidate  GET /alliance/claims twice, the second with If-None-Match
# Usage: samples/WebExplorer/load/trial.sh [part ...] (all parts when none is named).
# Needs wrk and curl (apt-get install wrk curl) and python3. Every figure is printed with the
# machine's load (uptime) beside it: on a shared machine the figures move with it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
for tool in wrk curl python3; do
  command -v "$tool" > /dev/null || { echo "trial: $tool is missing (apt-get install wrk curl python3)" >&2; exit 2; }
done

work=$(mktemp -d)
# Every instance started, by PID: stopped on the way out, and nothing else.
cleanup() {
  [ -f "$work/pids" ] && while read -r started; do kill "$started" 2> /dev/null || true; done < "$work/pids"
  rm -rf "$work"
}
trap cleanup EXIT

load() { uptime | sed 's/.*load average: /load /'; }
say() { printf '%-44s %s   [%s]\n' "$1" "$2" "$(load)"; }
rss_mb() { awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$1/status"; }

dll="$root/samples/WebExplorer/bin/Release/net10.0/WebExplorer.dll"
[ -n "${TRIAL_NO_BUILD:-}" ] || dotnet build "$root/samples/WebExplorer" -c Release -v q -nologo > "$work/build.log" || { cat "$work/build.log" >&2; exit 1; }

# start PORT [VAR=VALUE ...]: a Production instance (one process: dotnet runs the app in itself), its PID in $pid.
start() {
  local port=$1; shift
  (cd "$root/samples/WebExplorer" && exec env ASPNETCORE_ENVIRONMENT=Production "$@" dotnet "$dll" --urls "http://127.0.0.1:$port" > "$work/server-$port.log" 2>&1 < /dev/null) &
  pid=$!
  echo "$pid" >> "$work/pids"
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$port/health/ready" 2> /dev/null && return
    sleep 0.5
  done
  cat "$work/server-$port.log" >&2
  echo "trial: the instance on port $port was not ready within 60 s" >&2
  exit 1
}
stop() {
  kill "$1" 2> /dev/null || true
  while kill -0 "$1" 2> /dev/null; do sleep 0.2; done
}

python3 "$here/powers.py" 100 > "$work/powers-100.json"
python3 "$here/unknown-properties.py" > "$work/unknown.json"
port=$((20000 + RANDOM % 20000))
B="http://127.0.0.1:$port/alliance"
start "$port"
curl -fsS "$B/scenarios/1978-soviet-alliance" | python3 -c 'import json,sys; json.dump(json.load(sys.stdin)["scenario"], sys.stdout)' > "$work/1978.json"
# post FILE WRK-ARGS...: wrk posting FILE; prints post.lua's one-line summary.
post() { BODY="$1" wrk -s "$here/post.lua" "${@:2}" | tail -1; }

parts=("$@")
[ ${#parts[@]} -gt 0 ] || parts=(throughput size memory burst revalidate)
for part in "${parts[@]}"; do
  echo "== $part"
  case "$part" in
    throughput)
      post "$work/1978.json" -t1 -c4 -d5s "$B/assess" > /dev/null   # warm up
      say "assess, 1 client, 20 s" "$(post "$work/1978.json" -t1 -c1 -d20s "$B/assess")"
      say "assess, 32 clients, 20 s" "$(post "$work/1978.json" -t2 -c32 -d20s "$B/assess")"
      post "$work/powers-100.json" -t1 -c8 -d30s --timeout 60s "$B/whatif" > "$work/whatif.out" &
      costly=$!
      sleep 5
      say "assess, 32 clients, 20 s, 8 what-if clients" "$(post "$work/1978.json" -t2 -c32 -d20s "$B/assess")"
      wait "$costly"
      say "  the 8 what-if clients (100 powers), 30 s" "$(cat "$work/whatif.out")"
      ;;
    size)
      say "1 MiB of unknown properties" "$(curl -sS -o "$work/unknown.out" -w 'status %{http_code}, %{size_download} bytes' -X POST -H 'Content-Type: application/json' --data-binary @"$work/unknown.json" "$B/assess")"
      python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("  errors listed:", sum(len(v) for v in d["errors"].values()), "moreProblems:", d.get("moreProblems"))' "$work/unknown.out"
      ;;
    memory)
      # A fresh instance: its warmed-up size is the baseline the flood is measured against.
      stop "$pid"
      start "$port"
      post "$work/1978.json" -t1 -c4 -d10s "$B/assess" > /dev/null
      for _ in 1 2 3; do curl -sS -o /dev/null -X POST -H 'Content-Type: application/json' --data-binary @"$work/1978.json" "$B/whatif"; done
      say "RSS warmed up (assess 10 s, 3 what-ifs)" "$(rss_mb "$pid")"
      post "$work/unknown.json" -t2 -c16 -d30s --timeout 30s "$B/assess" > "$work/flood.out" &
      flood=$!
      peak=0
      while kill -0 "$flood" 2> /dev/null; do
        now=$(awk '/VmRSS/ { print $2 }' "/proc/$pid/status"); [ "$now" -gt "$peak" ] && peak=$now
        sleep 1
      done
      say "  flood: 16 clients, 1 MiB bodies, 30 s" "$(cat "$work/flood.out")"
      say "RSS at the flood's peak" "$((peak / 1024)) MB"
      say "RSS right after the flood" "$(rss_mb "$pid")"
      sleep 60
      say "RSS after a minute idle" "$(rss_mb "$pid")"
      ;;
    burst)
      burst=()
      for i in $(seq 1 64); do
        curl -sS -o /dev/null -D "$work/burst-$i.h" -w '%{http_code} %{time_total}\n' --max-time 120 \
          -X POST -H 'Content-Type: application/json' --data-binary @"$work/powers-100.json" "$B/whatif" > "$work/burst-$i.out" &
        burst+=($!)
      done
      wait "${burst[@]}"
      cat "$work"/burst-*.out | sort | awk '{ n[$1]++; if ($2 > max[$1]) max[$1] = $2; if (min[$1] == "" || $2 < min[$1]) min[$1] = $2 } END { for (s in n) printf "  status %s: %d requests, %.1f s to %.1f s\n", s, n[s], min[s], max[s] }' | sort
      say "  429s with Retry-After" "$(grep -il '^retry-after:' "$work"/burst-*.h | wc -l), values: $(grep -ih '^retry-after:' "$work"/burst-*.h | tr -d '\r' | sort | uniq -c | xargs)"
      ;;
    revalidate)
      curl -sS -D "$work/first.h" -o /dev/null "$B/claims"
      etag=$(grep -i '^etag:' "$work/first.h" | cut -d' ' -f2- | tr -d '\r')
      say "GET /alliance/claims" "$(head -1 "$work/first.h" | tr -d '\r'), ETag: $etag"
      say "GET /alliance/claims, If-None-Match" "$(curl -sS -o /dev/null -w 'HTTP %{http_code}, %{size_download} bytes' -H "If-None-Match: $etag" "$B/claims")"
      ;;
    *) echo "trial: no part '$part' (throughput, size, memory, burst, revalidate)" >&2; exit 2 ;;
  esac
done
