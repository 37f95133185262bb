#!/usr/bin/env bash
# Two instances of the decision service behind nginx, on loopback ports; a bounded load through
# nginx; one instance killed (SIGKILL, as a crash) mid-run. Prints the load's requests, statuses,
# socket errors, p50 and p99, and what the failover cost: the requests nginx sent to a second
# instance, and their longest time. Stops by itself (the load runs DURATION seconds) and stops
# everything it started, and nothing else.
#
# nginx is the load balancer as it comes (passive health): an instance that refuses or drops a
# request is marked failed for fail_timeout (max_fails=1), and proxy_next_upstream sends the
# request to the other. The service's POSTs change nothing on the server (every answer is a
# function of the body and the rulebook), so retrying them is safe: non_idempotent is on. Run with
# RETRY_POST=0 to see nginx's default, where a POST in flight on the killed instance fails (502).
#
# Usage: samples/WebExplorer/load/replicas.sh        (DURATION=20 CLIENTS=16 KILL_AT=8 RETRY_POST=1)
# Needs nginx, wrk and curl: apt-get install nginx-light wrk curl.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
duration=${DURATION:-20}
clients=${CLIENTS:-16}
kill_at=${KILL_AT:-8}
retry_post=${RETRY_POST:-1}
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx_bin" ] || { echo "replicas: nginx is missing (apt-get install nginx-light)" >&2; exit 2; }
for tool in wrk curl python3; do
  command -v "$tool" > /dev/null || { echo "replicas: $tool is missing (apt-get install wrk curl python3)" >&2; exit 2; }
done

work=$(mktemp -d)
started=()
cleanup() {
  for p in "${started[@]}"; do kill "$p" 2> /dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
load() { uptime | sed 's/.*load average: /load /'; }

dll="$root/samples/WebExplorer/bin/Release/net10.0/WebExplorer.dll"
[ -n "${TRIAL_NO_BUILD:-}" ] || dotnet build "$root/samples/WebExplorer" -c Release -v q -nologo > "$work/build.log" || { cat "$work/build.log" >&2; exit 1; }

base=$((20000 + RANDOM % 20000))
a=$base b=$((base + 1)) lb=$((base + 2))
for port in $a $b; do
  (cd "$root/samples/WebExplorer" && exec env ASPNETCORE_ENVIRONMENT=Production dotnet "$dll" --urls "http://127.0.0.1:$port" > "$work/app-$port.log" 2>&1 < /dev/null) &
  started+=($!)
done
# The orchestrator's part: send traffic only once both say they are ready.
for port in $a $b; do
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$port/health/ready" 2> /dev/null && continue 2
    sleep 0.5
  done
  cat "$work/app-$port.log" >&2; echo "replicas: the instance on port $port was not ready within 60 s" >&2; exit 1
done

next_upstream="error timeout http_502 http_503"
[ "$retry_post" = 1 ] && next_upstream="$next_upstream non_idempotent"
mkdir -p "$work/tmp"
cat > "$work/nginx.conf" << EOF
worker_processes 1;
daemon on;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
  log_format upstreams '\$status \$request_time "\$upstream_addr" "\$upstream_status"';
  access_log $work/access.log upstreams;
  client_body_temp_path $work/tmp/body;
  proxy_temp_path $work/tmp/proxy;
  fastcgi_temp_path $work/tmp/fastcgi;
  uwsgi_temp_path $work/tmp/uwsgi;
  scgi_temp_path $work/tmp/scgi;
  client_max_body_size 2m;
  upstream alliance {
    server 127.0.0.1:$a max_fails=1 fail_timeout=10s;
    server 127.0.0.1:$b max_fails=1 fail_timeout=10s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$lb;
    location / {
      proxy_pass http://alliance;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_connect_timeout 1s;
      proxy_read_timeout 60s;
      proxy_next_upstream $next_upstream;
      proxy_next_upstream_tries 2;
    }
  }
}
EOF
"$nginx_bin" -c "$work/nginx.conf" -p "$work" -e "$work/nginx-error.log"
for _ in $(seq 1 20); do curl -fsS -o /dev/null "http://127.0.0.1:$lb/health/ready" 2> /dev/null && break; sleep 0.25; done

curl -fsS "http://127.0.0.1:$lb/alliance/scenarios/1978-soviet-alliance" | python3 -c 'import json,sys; json.dump(json.load(sys.stdin)["scenario"], sys.stdout)' > "$work/1978.json"
: > "$work/access.log"
echo "two instances (ports $a, $b) behind nginx (port $lb); POST /alliance/assess, $clients clients, $duration s; instance $a killed at ${kill_at} s; POST retried on the other: $([ "$retry_post" = 1 ] && echo yes || echo no)   [$(load)]"
BODY="$work/1978.json" wrk -s "$here/post.lua" -t2 -c"$clients" -d"${duration}s" --timeout 30s "http://127.0.0.1:$lb/alliance/assess" > "$work/wrk.out" &
wrk_pid=$!
sleep "$kill_at"
kill -9 "${started[0]}"
wait "${started[0]}" 2> /dev/null || true
echo "killed the instance on port $a at ${kill_at} s"
wait "$wrk_pid"
echo "load:     $(tail -1 "$work/wrk.out")"
python3 - "$work/access.log" "$a" "$b" << 'EOF'
import sys
path, a, b = sys.argv[1:]
lines = [l.split(" ", 2) for l in open(path) if l.strip()]
by_status, tried_two, retried_times, served = {}, 0, [], {a: 0, b: 0}
for status, time, rest in lines:
    by_status[status] = by_status.get(status, 0) + 1
    addrs = rest.split('"')[1]
    last = addrs.split(", ")[-1].rsplit(":", 1)[-1]
    served[last] = served.get(last, 0) + 1
    if ", " in addrs:
        tried_two += 1
        retried_times.append(float(time))
print(f"nginx:    {len(lines)} requests, statuses {dict(sorted(by_status.items()))}; answered by {a}: {served.get(a, 0)}, by {b}: {served.get(b, 0)}")
print(f"failover: {tried_two} requests sent on to the second instance" + (f", the longest {max(retried_times) * 1000:.0f} ms" if retried_times else ""))
EOF
echo "nginx's error log: $(grep -o 'connect() failed\|upstream prematurely closed\|recv() failed\|no live upstreams' "$work/nginx-error.log" | sort | uniq -c | xargs)"
