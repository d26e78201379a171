#!/usr/bin/env bash
# The kernel matrix: the whole suite on this machine's kernel and on the stock kernel of each Debian
# release (bullseye 5.10, bookworm 6.1, trixie 6.12, forky: testing's newest), each booted from a box
# built here (vagrant/build-box.sh RELEASE) the way .ci/vm-leg.sh boots bookworm's. Run as root:
#
#   bash .ci/kernel-matrix.sh [RELEASE...]        # default: bullseye bookworm trixie forky
#
# Writes reports/kernels/:
#   index.html            one Allure report: every scenario once per kernel, the kernel as its parameter
#                         (the Suites view groups by kernel, Behaviors lays a scenario's kernels together)
#   compatibility.html    every scenario against every kernel (also .md and .tsv)
#   summary.txt           passed, failed and skipped per kernel, and the scenarios whose outcome differs
# and keeps each run's results file in target/kernel-matrix/results/<run>/ and its log in
# target/kernel-matrix/<run>.log. Prints each stage's time, and while the VMs run, every minute, how
# many scenarios each has finished. Exits non-zero when a run wrote no results or a scenario failed.
#
# NETSPEC_MATRIX_VMS_AT_ONCE  VMs booted at once (default 1: measured faster on 2 cores, see README)
# NETSPEC_MATRIX_RESUME=1     keeps the runs an earlier, interrupted matrix finished and runs the others
# NETSPEC_VM_PREPARED=1       skips installing packages and fetching Maven's dependencies (done before)
# NETSPEC_VM_PARALLELISM      scenarios at once in each VM (default 8), NETSPEC_VM_TAGS a tag expression
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
if (($#)); then releases=("$@"); else releases=(bullseye bookworm trixie forky); fi
at_once=${NETSPEC_MATRIX_VMS_AT_ONCE:-1}
work=$root/target/kernel-matrix
out=$root/reports/kernels
cache=${NETSPEC_VM_CACHE:-/var/cache/netspec-vm}

log() { printf '[%s] kernel-matrix: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "$*"; exit 1; }
[[ $(id -u) == 0 ]] || die "run as root (debootstrap, libvirtd, namespaces)"
[[ "$at_once" =~ ^[1-9][0-9]*$ ]] || die "NETSPEC_MATRIX_VMS_AT_ONCE must be a positive number, not '$at_once'"
for r in "${releases[@]}"; do
  case "$r" in bullseye | bookworm | trixie | forky | sid) ;; *) die "unknown release '$r' (bullseye, bookworm, trixie, forky, sid)" ;; esac
done

started=$SECONDS
stage_start=$SECONDS
stage_done() { log "stage $1: $((SECONDS - stage_start)) s"; stage_start=$SECONDS; }

# A copy of the project per run: each Maven run has its own target/ and reports/, so runs can overlap.
project_copy() {
  rm -rf "$1"
  mkdir -p "$1"
  cp -a "$root/pom.xml" "$root/src" "$root/features" "$root/.ci" "$root/vagrant" "$1/"
}

# The scenarios a run has finished so far: the lines ConsoleProgress prints as each one ends
# ("PASSED   features/...", or with the counter in front: "[ 41/337 29 s left] PASSED   features/...").
finished() { grep -cE '^(\[[^]]*\] +)?(PASSED|FAILED|SKIPPED|UNDEFINED|PENDING|AMBIGUOUS|UNUSED) ' "$1" 2>/dev/null || [[ -e "$1" ]] || echo 0; }
# the suite's last line: "N passed, N failed, N skipped"
outcome_line() { grep -E '^[0-9]+ passed, ' "$1" | tail -1 || true; }

if [[ "${NETSPEC_MATRIX_RESUME:-0}" != 1 ]]; then rm -rf "$work"; fi
mkdir -p "$work/results" "$work/allure" "$out"
# A finished run keeps its results file in results/<run>/ and its Allure results in allure/<run>/.
finished_run() { compgen -G "$work/results/$1/*.tsv" >/dev/null; }
keep_run() {
  local run=$1 project=$2 target=$3
  mkdir -p "$work/results/$run"
  rm -rf "$work/allure/$run"
  if [[ -d "$project/target/allure-results" ]]; then cp -r "$project/target/allure-results" "$work/allure/$run"; fi
  cp "$project/target/netspec-results/$target.tsv" "$work/results/$run/" 2>/dev/null ||
    log "$run wrote no results file (see $work/$run.log)"
}
total_runs=$((${#releases[@]} + 1))
log "${#releases[@]} releases (${releases[*]}) and this machine: $total_runs runs, $at_once VM(s) at once"

# NETSPEC_VM_PREPARED=1: installed and fetched already (by an earlier matrix or VM leg)
if [[ "${NETSPEC_VM_PREPARED:-0}" != 1 ]]; then bash .ci/vm-leg.sh --prepare; fi
stage_done "packages and Maven's dependencies"

# debootstrap and the chroot are mostly I/O: every box is built (or reused) before any VM boots
for r in "${releases[@]}"; do
  bash vagrant/build-box.sh "$r" >/dev/null
  log "box $r ready ($((SECONDS - stage_start)) s so far)"
done
stage_done "boxes"

# ---- this machine's kernel ----
tags=()
if [[ -n "${NETSPEC_VM_TAGS:-}" ]]; then tags=("-Dnetspec.tags=$NETSPEC_VM_TAGS"); fi
if finished_run local; then
  log "run 1/$total_runs: this machine, kept from an earlier matrix"
else
  project_copy "$work/local/project"
  log "run 1/$total_runs: this machine ($(uname -r))"
  (cd "$work/local/project" && mvn -B -o verify -Pfeatures -Dnetspec.parallelism=8 "${tags[@]}") >"$work/local.log" 2>&1 || true
  keep_run local "$work/local/project" local
  log "run 1/$total_runs done: $(outcome_line "$work/local.log")"
fi
scenarios=$(tail -n +2 "$work"/results/local/local.tsv 2>/dev/null | wc -l)
stage_done "suite on this machine"

# ---- the VMs ----
declare -A leg_pid=() leg_start=()
# each leg in a process group of its own, so that an interrupted matrix can end the whole leg
# (up-local.sh tears its VM down on TERM)
start_leg() {
  local r=$1
  project_copy "$work/$r/project"
  NETSPEC_VM_RELEASE=$r NETSPEC_VM_PREPARED=1 NETSPEC_VM_LOG_DIR=$cache/logs/$r \
    setsid bash "$work/$r/project/.ci/vm-leg.sh" pause >"$work/$r.log" 2>&1 </dev/null &
  leg_pid[$r]=$!
  leg_start[$r]=$SECONDS
}
# every minute: each running leg's last stage and its scenarios done; new stage lines as they come
declare -A shown=()
report_progress() {
  local r line n
  for r in "${!leg_pid[@]}"; do
    n=0
    while IFS= read -r line; do
      n=$((n + 1))
      ((n > ${shown[$r]:-0})) || continue
      log "  $r: ${line#*: }"
    done < <(grep -E '(vm-leg|up-local|build-box): stage' "$work/$r.log" 2>/dev/null || true)
    shown[$r]=$n
  done
}
cleanup() {
  local r
  for r in "${!leg_pid[@]}"; do kill -TERM -- "-${leg_pid[$r]}" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

pending=()
done_runs=1
for r in "${releases[@]}"; do
  if finished_run "$r"; then
    done_runs=$((done_runs + 1))
    log "run $done_runs/$total_runs: $r, kept from an earlier matrix"
  else
    pending+=("$r")
  fi
done
last_tick=$SECONDS
while ((${#pending[@]} || ${#leg_pid[@]})); do
  while ((${#pending[@]})) && ((${#leg_pid[@]} < at_once)); do
    r=${pending[0]}
    pending=("${pending[@]:1}")
    start_leg "$r"
    log "run $((done_runs + ${#leg_pid[@]}))/$total_runs: $r started"
  done
  sleep 5
  report_progress
  for r in "${!leg_pid[@]}"; do
    if ! kill -0 "${leg_pid[$r]}" 2>/dev/null; then
      status=0
      wait "${leg_pid[$r]}" || status=$?
      unset "leg_pid[$r]"
      keep_run "$r" "$work/$r/project" vagrant
      done_runs=$((done_runs + 1))
      log "run $done_runs/$total_runs done: $r in $((SECONDS - leg_start[$r])) s, exit status $status; $(outcome_line "$work/$r.log")"
    fi
  done
  if ((SECONDS - last_tick >= 60)); then
    last_tick=$SECONDS
    for r in "${!leg_pid[@]}"; do
      log "  $r: $(finished "$work/$r.log")/$scenarios scenarios after $((SECONDS - leg_start[$r])) s"
    done
  fi
done
trap - EXIT
stage_done "suites on the VMs"

missing=0
for r in local "${releases[@]}"; do
  finished_run "$r" || missing=1
done

# ---- one Allure report of all runs: each scenario once per kernel ----
merged=$work/report/target/allure-results
rm -rf "$work/report"
mkdir -p "$merged"
# the merge and the matrix run from this checkout, compiled here (a resumed matrix may have no run's copy)
(mvn -B -o -q test-compile) >"$work/compile.log" 2>&1 || { tail -20 "$work/compile.log" >&2; die "compiling netspec failed"; }
merge() { mvn -B -o -q exec:java -Dexec.mainClass=netspec.results.AllureResultsMerge -Dexec.args="$*"; }
merge "$merged" this-machine "$work/allure/local" "$work/results/local/local.tsv" || true
for r in "${releases[@]}"; do
  merge "$merged" "$r" "$work/allure/$r" "$work/results/$r/vagrant.tsv" || true
done
merge --title "$merged" "'netspec: kernel matrix, $total_runs kernels'"
# the features profile's own Allure command line and generate step (offline once fetched, no analytics), on the
# merged results, which sit where that step reads them; allure-maven:report cannot install Allure offline
cp "$root/pom.xml" "$work/report/"
(cd "$work/report" && mvn -B -o -q -Pfeatures dependency:unpack@allure-commandline exec:exec@allure-generate) \
  >"$work/report.log" 2>&1 || { tail -20 "$work/report.log" >&2; die "the merged Allure report failed"; }
cp "$work/report/target/allure-report/index.html" "$out/index.html"
stage_done "merged Allure report"

# ---- the matrix and its summary ----
mvn -B -o -q exec:java -Dexec.mainClass=netspec.results.CompatibilityMatrix -Dexec.classpathScope=test \
  -Dexec.args="$out $work/results"
# the kernel a results file's header names
kernel_of() { awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i ~ /^kernel=/) print substr($i, 8) }' "$1"; }
# passed, failed (or undefined, pending, ambiguous) and skipped in one results file
counts() {
  awk -F'\t' 'NR > 1 { n[$2]++ }
    END { print n["PASSED"] + 0, n["FAILED"] + n["UNDEFINED"] + n["PENDING"] + n["AMBIGUOUS"], n["SKIPPED"] + 0 }' "$1"
}
failures=0
for f in "$work"/results/*/*.tsv; do
  [[ -e "$f" ]] || continue
  read -r _ failed _ < <(counts "$f")
  failures=$((failures + failed))
done
{
  printf '%-12s %-28s %7s %7s %8s\n' run kernel passed failed skipped
  for d in "$work"/results/*/; do
    for f in "$d"*.tsv; do
      [[ -e "$f" ]] || continue
      read -r passed failed skipped < <(counts "$f")
      printf '%-12s %-28s %7d %7d %8d\n' "$(basename "$d")" "$(kernel_of "$f")" "$passed" "$failed" "$skipped"
    done
  done
  echo
  echo "scenarios whose outcome differs between kernels:"
  awk -F'\t' '
    $1 == "scenario" { for (i = 3; i <= NF; i++) label[i] = $i; next }
    $1 ~ /^#/ { next }
    { seen = ""; differs = 0; line = ""
      for (i = 3; i <= NF; i++) {
        if ($i == "-") continue
        if (seen == "") seen = $i; else if ($i != seen) differs = 1
        line = line sprintf("  %s=%s", label[i], $i)
      }
      if (differs) { n++; printf "%s  %s\n   %s\n", $1, $2, line } }
    END { if (!n) print "  none" }' "$out/compatibility.tsv"
} | tee "$out/summary.txt"
stage_done "compatibility matrix"
log "all $total_runs runs in $(((SECONDS - started) / 60)) min $(((SECONDS - started) % 60)) s; reports in $out"

if ((missing || failures)); then exit 1; fi
