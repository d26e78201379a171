#!/usr/bin/env bash
# Adds one run's Allure results to a folder that gathers several runs (one per kernel, or per nightly leg),
# so that a single report shows every scenario once per run:
#
#   .ci/merge-allure-results.sh OUT NAME RESULTS [RESULTS_TSV]
#
# OUT: the gathering folder; NAME: the run, one word (bullseye, this-machine, libvirt-trixie-pause);
# RESULTS: the run's allure-results; RESULTS_TSV: its netspec results file, whose header names the kernel.
# Allure 2.34 takes results with the same historyId for retries of one test and shows only the last one.
# Each result gets "NAME KERNEL" as a parameter named kernel (the report shows it beside the scenario's
# name), NAME in its historyId (each run keeps its own history across nights), and "NAME KERNEL" as its
# parentSuite (the Suites view groups by run; Behaviors keeps a scenario's runs side by side).
# Attachments and containers are copied as they are (their names are UUIDs). Needs jq.
set -euo pipefail
out=${1:?usage: merge-allure-results.sh OUT NAME RESULTS [RESULTS_TSV]}
name=${2:?the name of the run}
results=${3:?the allure-results folder of the run}
tsv=${4:-}
[[ "$name" =~ ^[A-Za-z0-9._/-]+$ ]] || { echo "merge-allure-results: NAME must be one word, not '$name'" >&2; exit 2; }
[[ -d "$results" ]] || { echo "merge-allure-results: no folder $results" >&2; exit 1; }

kernel="?"
if [[ -n "$tsv" && -s "$tsv" ]]; then
  kernel=$(awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i ~ /^kernel=/) print substr($i, 8) }' "$tsv")
fi
mkdir -p "$out"
n=0
for f in "$results"/*; do
  [[ -f "$f" ]] || continue
  case "$f" in
    *-result.json)
      jq -c --arg run "$name $kernel" --arg key "$name" '
        .parameters = ((.parameters // []) + [{name: "kernel", value: $run}])
        | .historyId = ((.historyId // .fullName) + "@" + $key)
        | .labels = ([(.labels // [])[] | select(.name != "parentSuite")] + [{name: "parentSuite", value: $run}])
      ' "$f" >"$out/$(basename "$f")"
      n=$((n + 1))
      ;;
    *) cp "$f" "$out/" ;;
  esac
done
echo "merge-allure-results: $n results of $name ($kernel) into $out" >&2
