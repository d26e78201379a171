#!/usr/bin/env bash
# One Maven run over three targets at once: this machine, a throwaway SSH server (.ci/sshd-fixture.sh) and the
# Vagrant machine MACHINE, booted here by vagrant/up-local.sh (Debian NETSPEC_VM_RELEASE, default bookworm).
# Writes one results file per target (target/netspec-results/local.tsv, ssh-root@127.0.0.1-PORT.tsv,
# vagrant-MACHINE.tsv), one Allure report and one compatibility matrix (reports/compatibility.*).
#
#   bash .ci/many-targets.sh [MACHINE]      # default pause
#
# NETSPEC_VM_TAGS a tag expression (default: the whole suite), NETSPEC_VM_PARALLELISM scenarios at once on each
# target (default 4: three targets share this machine's cores with an emulated VM). The Maven run and the SSH
# server live in the VM's namespaces (up-local.sh): 127.0.0.1 there is theirs, and "local" builds its sandboxes
# there. Exit status: Maven's (non-zero when a target did not pass).
set -euo pipefail
cd "$(dirname "$0")/.."
machine=${1:-pause}
parallelism=${NETSPEC_VM_PARALLELISM:-4}
[[ "$machine" =~ ^[a-z][a-z0-9-]*$ ]] || { echo "$0: MACHINE must be a machine of vagrant/Vagrantfile, not '$machine'" >&2; exit 2; }
tags=()
if [[ -n "${NETSPEC_VM_TAGS:-}" ]]; then tags=("-Dnetspec.tags=$NETSPEC_VM_TAGS"); fi

# shellcheck disable=SC2016 # expanded by the inner bash, in the VM's namespaces
vagrant/up-local.sh "$machine" -- bash -c '
  set -euo pipefail
  sshd_dir=$(mktemp -d)
  eval "$(.ci/sshd-fixture.sh "$sshd_dir")"
  trap '\''kill "$NETSPEC_SSHD_PID" 2>/dev/null || true; rm -rf "$sshd_dir"'\'' EXIT
  machine=$1
  shift
  mvn -B -o verify -Pfeatures "-Dnetspec.targets=local,ssh://root@127.0.0.1:$NETSPEC_SSH_PORT,vagrant:$machine" \
    -Dnetspec.vagrant.allMachines=true -Dnetspec.commandTimeout=90 "$@"' \
  many-targets "$machine" -Dnetspec.parallelism="$parallelism" "${tags[@]}"
