#!/usr/bin/env bash
# The VM leg: the whole suite on the kernel of a Debian machine of vagrant/Vagrantfile (bookworm, or the
# release NETSPEC_VM_RELEASE names: bullseye, trixie, forky, sid),
# from a box built here from Debian packages (vagrant/build-box.sh, cached in /var/cache/netspec-vm),
# booted with libvirt under software emulation inside private namespaces (vagrant/up-local.sh),
# and torn down. Run as root: `bash .ci/vm-leg.sh [MACHINE]` (default pause).
#
# One machine runs every demo machine's scenarios (netspec.vagrant.allMachines: they share one box,
# so one kernel). Leaves reports/vagrant.html (the Allure report of the run, reports/index.html kept
# as it was) and target/netspec-results/vagrant.tsv; prints the time of each stage; exits with the
# suite's status. NETSPEC_VM_PARALLELISM sets the scenarios run at once (default 8: under emulation a
# scenario mostly waits; the guest's sshd allows 10 sessions per connection),
# NETSPEC_VM_TAGS a tag expression instead of the default selection, NETSPEC_VM_COMMAND_TIMEOUT the seconds one
# command may take (default 90: under emulation and a loaded host, a CNI ADD took more than 30), NETSPEC_VM_ALL_MACHINES=false runs
# only MACHINE's own demo scenarios (the nightly's machine axis), NETSPEC_VM_MUTATION=1 adds the mutation run on
# the same machine after the suite (README "Mutation run"; its report is reports/mutation-vagrant, its verdicts
# target/netspec-mutation.tsv). NETSPEC_VM_PREPARED=1 skips the
# packages and Maven's dependencies, which `bash .ci/vm-leg.sh --prepare` installs and fetches alone
# (.ci/kernel-matrix.sh does that once for all its legs).
set -euo pipefail
cd "$(dirname "$0")/.."
machine=${1:-pause}
parallelism=${NETSPEC_VM_PARALLELISM:-8}
export NETSPEC_VM_RELEASE=${NETSPEC_VM_RELEASE:-bookworm}

log() { printf 'vm-leg: %s\n' "$*" >&2; }

trap '[[ -z "$warmup" ]] || rm -rf "$warmup"' EXIT

# Installs what the VM leg needs, and fetches what Maven needs.
prepare() {
  export DEBIAN_FRONTEND=noninteractive
  SECONDS=0
  apt-get update -qq
  # the build: the JDK and Maven, which run the suite
  # building the box: debootstrap, mkfs.ext4 -d, qemu-img, ssh-keygen
  # booting it: vagrant with its libvirt provider, libvirtd with the qemu driver, qemu, the
  # management network's dnsmasq and NAT rules, the relay of --relay
  apt-get install -y -qq --no-install-recommends \
    openjdk-17-jdk-headless maven ca-certificates iproute2 \
    debootstrap e2fsprogs qemu-utils openssh-client util-linux \
    vagrant vagrant-libvirt libvirt-daemon libvirt-daemon-driver-qemu libvirt-clients \
    qemu-system-x86 dnsmasq-base iptables socat >/dev/null
  log "stage packages: $SECONDS s"

  # Inside the VM's namespaces there is no network but the VM's: Maven runs offline there, so
  # everything a features run uses (failsafe's JUnit provider, Allure's command line) is fetched
  # now, by a run of no scenario in a copy of the project (this tree's reports stay as they are); a run whose
  # tags select nothing fails (JUnit: no tests discovered), which here is expected and ignored.
  SECONDS=0
  warmup=$(mktemp -d)
  cp -r pom.xml src features "$warmup/"
  (cd "$warmup" && mvn -B -ntp -q verify -Pfeatures -Dnetspec.tags='@netspec-resolves-maven-only' -Dmaven.test.failure.ignore=true >"$warmup/mvn.log" 2>&1) ||
    { tail -30 "$warmup/mvn.log" >&2; log "resolving Maven's dependencies failed"; exit 1; }
  # the mutation run's own plugins (maven-clean-plugin): its run of nothing ends in "no scenario passed", ignored
  (cd "$warmup" && mvn -B -ntp -q verify -Pmutation -Dnetspec.tags='@netspec-resolves-maven-only' >>"$warmup/mvn.log" 2>&1) || true
  log "stage maven dependencies: $SECONDS s"
}
warmup=""
if [[ "$machine" == --prepare ]]; then
  prepare
  exit
fi
if [[ "${NETSPEC_VM_PREPARED:-0}" != 1 ]]; then prepare; fi

SECONDS=0
bash vagrant/build-box.sh "$NETSPEC_VM_RELEASE" >/dev/null
log "stage box $NETSPEC_VM_RELEASE (built or reused): $SECONDS s"

# What must not change here: this machine's own links and addresses (everything of the VM's
# stays in the namespaces of up-local.sh).
host_network() { ip -o link show | awk '{ print $2 }'; ip -o addr show | awk '{ print $2, $3, $4 }'; }
before=$(host_network)

# Allure empties reports/ before it writes the suite's report there as index.html: what is there
# already (the local and SSH runs' reports) waits aside, and gets the VM's report as vagrant.html.
kept=target/reports-before-vm-leg
rm -rf "$kept"
if [[ -d reports ]]; then mv reports "$kept"; else mkdir -p "$kept"; fi
put_reports_back() {
  [[ -d "$kept" ]] || return 0
  if [[ -f reports/index.html ]]; then mv reports/index.html "$kept/vagrant.html"; fi
  if [[ -d reports/mutation ]]; then rm -rf "$kept/mutation-vagrant"; mv reports/mutation "$kept/mutation-vagrant"; fi
  rm -rf reports
  mv "$kept" reports
}
trap 'put_reports_back; [[ -z "$warmup" ]] || rm -rf "$warmup"' EXIT
tags=()
if [[ -n "${NETSPEC_VM_TAGS:-}" ]]; then tags=("-Dnetspec.tags=$NETSPEC_VM_TAGS"); fi

# up-local.sh prints the stages of the boot and the teardown; the suite's runs in the namespaces
status=0
# shellcheck disable=SC2016 # expanded by the inner bash, in the namespace
vagrant/up-local.sh "$machine" -- bash -c 'SECONDS=0; "$@"; status=$?
  echo "vm-leg: stage suite: $SECONDS s" >&2
  if [[ "${NETSPEC_VM_MUTATION:-0}" == 1 ]]; then
    SECONDS=0; "${@/-Pfeatures/-Pmutation}" || status=$?
    echo "vm-leg: stage mutation run: $SECONDS s" >&2
  fi
  exit "$status"' suite \
  mvn -B -o verify -Pfeatures -Dnetspec.target=vagrant -Dnetspec.vagrant.machine="$machine" \
  -Dnetspec.vagrant.allMachines="${NETSPEC_VM_ALL_MACHINES:-true}" -Dnetspec.parallelism="$parallelism" \
  -Dnetspec.commandTimeout="${NETSPEC_VM_COMMAND_TIMEOUT:-90}" "${tags[@]}" || status=$?

put_reports_back

after=$(host_network)
if [[ "$before" != "$after" ]]; then
  log "this machine's own links or addresses changed during the VM leg:"
  diff <(echo "$before") <(echo "$after") >&2 || true
  exit 1
fi
log "this machine's own links and addresses are as they were"
test -s target/netspec-results/vagrant.tsv || { log "the suite wrote no results file"; exit 1; }
exit "$status"
