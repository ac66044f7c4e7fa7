#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the tests need when it is missing (quickly skipped
# when present), then runs `dotnet test` on the solution and prints the totals as its last line.
# `./test.sh --unit` runs only the fast in-memory tests (Category=Unit: no host, no store, no browser).
# Any other argument goes to `dotnet test` (e.g. --filter "Category=Store").
set -uo pipefail
cd "$(dirname "$0")"

args=()
for arg in "$@"; do
  if [ "$arg" = "--unit" ]; then args+=(--filter "Category=Unit"); else args+=("$arg"); fi
done

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ] || missing+=(redis-server)
# The real-browser tests drive Debian's Chromium and inject axe-core from the npm packages (Web Chat itself is served by the host).
[ -x /usr/bin/chromium ] || missing+=(chromium)
webchat_dir="PledgeBot.Tests/WebChat"
webchat_js="$webchat_dir/node_modules/axe-core/axe.min.js"
if [ ! -f "$webchat_js" ] && ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -f "$webchat_js" ]; then
  echo "test.sh: installing the browser tests' npm packages (npm ci in $webchat_dir)"
  (cd "$webchat_dir" && npm ci --no-audit --no-fund --ignore-scripts >/dev/null) || echo "test.sh: npm ci failed in $webchat_dir"
fi

results="$(pwd)/TestResults"
rm -rf "$results"
dotnet test PledgeBot.sln --nologo -c Debug \
  --logger "trx;LogFileName=results.trx" --logger "console;verbosity=normal" \
  --results-directory "$results" "${args[@]}"
status=$?

trx="$(find "$results" -name '*.trx' 2>/dev/null | head -n 1)"
if [ -n "$trx" ]; then
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  passed="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  failed="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  errors="$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")"
  echo "${passed:-0} passed, $(( ${failed:-0} + ${errors:-0} )) failed"
else
  echo "0 passed, 0 failed"
  [ $status -eq 0 ] && status=1
fi
exit $status
