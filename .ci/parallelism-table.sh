#!/usr/bin/env bash
# Runs the suite at several parallelisms and prints how long each took, to choose netspec.parallelism by measurement.
# Usage: .ci/parallelism-table.sh [PARALLELISM...]   (default: 1 2 4 8 12); extra Maven options in MVN_OPTS_EXTRA,
# e.g. MVN_OPTS_EXTRA='-Dnetspec.tags=@bridge'. Each run's console is kept in target/parallelism/<N>.log.
set -euo pipefail
cd "$(dirname "$0")/.."

levels=("$@")
if [ ${#levels[@]} -eq 0 ]; then levels=(1 2 4 8 12); fi
mkdir -p target/parallelism
# compile once, so the first row does not pay for it
mvn -B -o -q test-compile >/dev/null

rows=()
for n in "${levels[@]}"; do
  log="target/parallelism/$n.log"
  start=$(date +%s%3N)
  # shellcheck disable=SC2086 # MVN_OPTS_EXTRA holds several options
  mvn -B -o verify -Pfeatures -Dnetspec.parallelism="$n" ${MVN_OPTS_EXTRA:-} >"$log" 2>&1 || true
  wall_ms=$(( $(date +%s%3N) - start ))
  # ConsoleProgress's closing line: "146 passed, 0 failed, 58 skipped in 0:32 (4 at a time)"
  closing=$(grep -E '^[0-9]+ passed, [0-9]+ failed, [0-9]+ skipped in ' "$log" | tail -n 1 || true)
  scenarios=$(sed -E 's/.* in ([0-9:]+( s)?) \(.*/\1/' <<<"$closing")
  counts=$(sed -E 's/ in .*//' <<<"$closing")
  rows+=("$(printf '| %11s | %14s | %5d.%d s | %s |' "$n" "${scenarios:-?}" $((wall_ms / 1000)) $((wall_ms % 1000 / 100)) "${counts:-see $log}")")
done

printf '| parallelism | scenario time  | mvn wall    | outcome |\n'
printf '|---|---|---|---|\n'
printf '%s\n' "${rows[@]}"
