#!/usr/bin/env bash
# The VM leg: a Debian bookworm machine of vagrant/Vagrantfile, from a box built here from
# Debian packages (vagrant/build-box.sh, cached in /var/cache/netspec-vm), booted with libvirt
# under software emulation inside private namespaces (vagrant/up-local.sh), checked over SSH,
# and torn down. Run as root: `bash .ci/vm-leg.sh [MACHINE]` (default pause).
set -euo pipefail
cd "$(dirname "$0")/.."
machine=${1:-pause}

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# building the box: debootstrap, mkfs.ext4 -d, qemu-img, ssh-keygen
# booting it: vagrant with its libvirt provider, libvirtd with the qemu driver, qemu, the
# management network's dnsmasq and NAT rules, the relay of --relay
apt-get install -y -qq --no-install-recommends \
  debootstrap e2fsprogs qemu-utils openssh-client util-linux \
  vagrant vagrant-libvirt libvirt-daemon libvirt-daemon-driver-qemu libvirt-clients \
  qemu-system-x86 dnsmasq-base iptables socat >/dev/null

# the guest's kernel has what this machine's may lack: the link kinds and IPVS the specs use
# shellcheck disable=SC2016 # expanded by the inner bash, in the namespace
vagrant/up-local.sh "$machine" -- bash -c \
  'ssh -F "$NETSPEC_SSH_CONFIG" "$NETSPEC_VM_MACHINE" sudo unshare --net bash -s < vagrant/guest-kernel-check.sh'
