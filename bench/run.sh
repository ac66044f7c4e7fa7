#!/usr/bin/env bash
# Builds Release, starts the host twice — on the embedded Garnet and on a real redis-server it starts on loopback —
# drives each with bench/PledgeBot.Bench, stops what it started (by PID) and prints the tables.
# Usage: bench/run.sh [--duration 60] [--concurrency 64] [--users 5000]
# BENCH_STORES="redis" runs only the redis-server half (default "garnet redis"); BENCH_HOST_ARGS adds host settings
# (e.g. "--Store:StateCacheEntries=2000"). Every run prints the host's RSS every
# 30 s; the redis-server run also counts store round trips per turn from a 3-second MONITOR window (bench/round_trips.py).
set -euo pipefail
cd "$(dirname "$0")/.."
extra=("$@")
# Pledger buckets sized for this run's users as production sizes them for its pledgers (some 60 per bucket, under the
# 128-entry listpack limit; StoreOptions.PledgerBucketBits), so bytes per pledger are measured at the designed fill.
users=2000
for ((i = 1; i < $#; i++)); do [[ "${!i}" == --users ]] && { j=$((i + 1)); users="${!j}"; }; done
bucket_bits="$(python3 -c "import math; print(max(0, min(20, int(math.log2(max(1, $users / 60))))))")"
work="$(mktemp -d /tmp/pledgebot-bench.XXXXXX)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

dotnet build -c Release PledgeBot/PledgeBot.csproj -v q --nologo >/dev/null
dotnet build -c Release bench/PledgeBot.Bench/PledgeBot.Bench.csproj -v q --nologo >/dev/null
host_dll=PledgeBot/bin/Release/net10.0/PledgeBot.dll
bench_dll=bench/PledgeBot.Bench/bin/Release/net10.0/PledgeBot.Bench.dll

start_host() { # $1 label, rest: extra host arguments; sets HOST_PID and HOST_URL
  local port; port="$(free_port)"
  ASPNETCORE_ENVIRONMENT=Production dotnet "$host_dll" --urls "http://127.0.0.1:$port" \
    --FloodControl:MessagesPerWindow=0 --Logging:LogLevel:Default=Warning \
    --Logging:LogLevel:PledgeBot.Store=Information --Store:PledgerBucketBits="$bucket_bits" ${BENCH_HOST_ARGS:-} "${@:2}" >"$work/$1.log" 2>&1 &
  HOST_PID=$!; pids+=("$HOST_PID"); HOST_URL="http://127.0.0.1:$port"
  for _ in $(seq 1 100); do curl -sf "$HOST_URL/readyz" >/dev/null && return 0; sleep 0.2; done
  echo "host $1 did not become ready; its log:" >&2; cat "$work/$1.log" >&2; return 1
}

echo "# PledgeBot benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "pledger buckets: 2^$bucket_bits for up to $users users"

sample_rss() { # $1 pid, $2 file: the host's VmRSS every 30 s until it exits
  local start=$SECONDS
  while kill -0 "$1" 2>/dev/null; do
    echo "$((SECONDS - start)) s: $(awk '/VmRSS/ {printf "%.0f MiB", $2 / 1024}' "/proc/$1/status" 2>/dev/null)" >>"$2"
    sleep 30
  done
}

stores="${BENCH_STORES:-garnet redis}"

# Class sessions (issue 19): BENCH_MODE=classes runs only this — 100 classes of 40 students answering one question at
# once on one instance over a redis-server (bench/run.sh with BENCH_MODE=classes; ~20 s).
if [[ "${BENCH_MODE:-}" == classes ]]; then
  staff_key="bench-staff-key-$RANDOM$RANDOM"
  staff_hash="$(printf '%s' "$staff_key" | sha256sum | cut -d' ' -f1)"
  redis_port="$(free_port)"
  redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize no >"$work/redis.log" 2>&1 &
  pids+=("$!")
  for _ in $(seq 1 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
  start_host classes --ConnectionStrings:Redis="127.0.0.1:$redis_port" --Store:DataDir="$work/classes-data" --Staff:ApiKeys:0="$staff_hash"
  dotnet "$bench_dll" --classes "${BENCH_CLASSES:-100}" --students "${BENCH_STUDENTS:-40}" --url "$HOST_URL" --staff-key "$staff_key"
  exit $?
fi

# 1. Embedded Garnet: the host logs the loopback port it picked.
if [[ " $stores " == *" garnet "* ]]; then
  start_host garnet --Store:DataDir="$work/garnet-data"
  sample_rss "$HOST_PID" "$work/garnet.rss" & pids+=("$!")
  garnet="$(grep -o 'Embedded Garnet listening on [0-9.:]*' "$work/garnet.log" | awk '{print $NF}')"
  dotnet "$bench_dll" --url "$HOST_URL" --redis "$garnet" --host-pid "$HOST_PID" --label "embedded Garnet" "${extra[@]}"
  echo "- host RSS every 30 s: $(paste -sd ';' "$work/garnet.rss" | sed 's/;/; /g')"
  kill "$HOST_PID"; wait "$HOST_PID" 2>/dev/null || true
fi

# 2. A real redis-server on loopback.
if [[ " $stores " == *" redis "* ]]; then
  redis_port="$(free_port)"
  redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize no >"$work/redis.log" 2>&1 &
  pids+=("$!")
  for _ in $(seq 1 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
  start_host redis --ConnectionStrings:Redis="127.0.0.1:$redis_port" --Store:DataDir="$work/redis-data"
  sample_rss "$HOST_PID" "$work/redis.rss" & pids+=("$!")
  dotnet "$bench_dll" --url "$HOST_URL" --redis "127.0.0.1:$redis_port" --host-pid "$HOST_PID" --label "redis-server $(redis-server --version | grep -o 'v=[0-9.]*')" "${extra[@]}" >"$work/redis.out" &
  driver=$!; pids+=("$driver")
  # A 3-second MONITOR window a third of the way in (MONITOR slows the server while it runs; the window is short).
  duration=60
  for ((i = 1; i < ${#extra[@]}; i++)); do [[ "${extra[i-1]}" == --duration ]] && duration="${extra[i]}"; done
  sleep "$(python3 -c "print(max(3, $duration / 3))")"
  timeout 3 redis-cli -p "$redis_port" monitor >"$work/monitor.txt" 2>/dev/null || true
  wait "$driver" || true
  cat "$work/redis.out"
  echo "- store round trips per turn (3-second MONITOR window): $(python3 bench/round_trips.py "$work/monitor.txt")"
  echo "- host RSS every 30 s: $(paste -sd ';' "$work/redis.rss" | sed 's/;/; /g')"
fi
