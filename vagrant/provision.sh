#!/usr/bin/env bash
# Makes a Debian or Ubuntu machine ready to be a netspec target: installs the tools
# the specs run and loads the kernel modules their link kinds need, now and at every boot.
#
#   sudo provision.sh [HOSTNAME]
#
# Used on a running machine (as a Vagrant provisioner, or by hand with sudo) and by
# build-box.sh inside the chroot of a box being built (NETSPEC_PROVISION_CHROOT=1:
# nothing is loaded into the kernel that runs the chroot).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

# the specs' commands: ip/bridge, ping, tcpdump, unshare/nsenter, sudo for a non-root SSH user,
# IPVS, the CNI plugins (bridge, host-local...), BPF programs built with clang, a reaper, relays,
# jq (the bash CNI plugin), brctl (the bridge specs that show the text's commands), Open vSwitch (veth.feature). The same names
# from Debian 11 to forky and on Ubuntu 20.04 to 24.04 (universe: containernetworking-plugins,
# tini, bridge-utils); each release's own versions (bullseye: iproute2 5.10, clang 11, libbpf 0.3).
packages=(
  iproute2 iputils-ping tcpdump util-linux bash sudo procps kmod
  ipvsadm containernetworking-plugins iptables ethtool conntrack
  clang llvm libbpf-dev linux-libc-dev
  tini socat jq bridge-utils openvswitch-switch
)
# not in every release's archive (Ubuntu ships bpftool in its linux-tools packages)
optional_packages=(bpftool)
# Ubuntu's cloud kernels keep some link kinds' modules (ipvlan, macvtap, vxlan...) in
# linux-modules-extra, a package per kernel version
kernel_extra=()
if [[ "${NETSPEC_PROVISION_CHROOT:-0}" != 1 ]] && grep -qs '^ID=ubuntu' /etc/os-release; then
  kernel_extra=("linux-modules-extra-$(uname -r)")
  optional_packages+=("${kernel_extra[@]}")
fi

# modules the specs' link kinds and services need, loaded at boot so that a sandbox
# (which cannot load modules from inside a user namespace) finds them there
modules=(
  bonding 8021q dummy ipvlan macvlan macvtap vxlan veth bridge br_netfilter tun
  ip_vs ip_vs_rr ip_vs_wrr ip_vs_sh nf_conntrack overlay
)

# true when every package named is installed
installed() {
  local status
  status=$(dpkg-query -W -f='${db:Status-Status}\n' "$@" 2>/dev/null) || return 1
  ! grep -qvx installed <<<"$status"
}

# true when the archives apt knows have a version of the package to install
available() {
  [[ -n "$(apt-cache policy "$1" 2>/dev/null | awk '$1 == "Candidate:" && $2 != "(none)" { print $2 }')" ]]
}

# a machine made from a netspec box already has them, and may have no network to fetch them
if ! installed "${packages[@]}" || { ((${#kernel_extra[@]})) && ! installed "${kernel_extra[@]}"; }; then
  apt-get update -qq
  missing=()
  for p in "${packages[@]}"; do available "$p" || missing+=("$p"); done
  if ((${#missing[@]})); then
    echo "provision: $(. /etc/os-release && echo "$PRETTY_NAME") offers no ${missing[*]}" \
      "(on Ubuntu, enable the universe component)" >&2
    exit 1
  fi
  for p in "${optional_packages[@]}"; do
    if available "$p"; then packages+=("$p"); fi
  done
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

# Loaded by a service of its own rather than /etc/modules-load.d: that one runs before
# sysinit.target, so every other service (sshd too) would wait for it (40 s under emulation).
cat >/etc/systemd/system/netspec-modules.service <<EOF
[Unit]
Description=Load the kernel modules of netspec's link kinds and services

[Service]
Type=oneshot
RemainAfterExit=yes
ExecStart=/sbin/modprobe -a ${modules[*]}

[Install]
WantedBy=multi-user.target
EOF
if [[ -d /run/systemd/system || "${NETSPEC_PROVISION_CHROOT:-0}" == 1 ]]; then
  systemctl -q enable netspec-modules.service
fi

# without these options loading bonding and dummy adds bond0 and dummy0 to the machine's own namespace
cat >/etc/modprobe.d/netspec.conf <<'EOF'
options bonding max_bonds=0
options dummy numdummies=0
EOF

# netspec gives every scenario a channel of one SSH connection; sshd's default of 10 sessions per
# connection would cap the scenarios run at once (netspec.parallelism) below 10
if [[ -d /etc/ssh/sshd_config.d ]]; then
  echo 'MaxSessions 64' >/etc/ssh/sshd_config.d/netspec-sessions.conf
  if [[ "${NETSPEC_PROVISION_CHROOT:-0}" != 1 ]] && [[ -d /run/systemd/system ]]; then
    systemctl reload ssh 2>/dev/null || true
  fi
fi

# Vagrant's own `vm.hostname` takes a minute under software emulation (dozens of SSH
# round trips and a restart of the network service); this is one command.
if [[ -n "${1:-}" ]]; then
  hostname "$1"
  echo "$1" >/etc/hostname
  sed -i '/^127\.0\.1\.1[[:space:]]/d' /etc/hosts
  echo "127.0.1.1 $1" >>/etc/hosts
fi

if [[ "${NETSPEC_PROVISION_CHROOT:-0}" != 1 ]]; then
  for m in "${modules[@]}"; do
    modprobe "$m" || echo "provision: the running kernel has no module $m" >&2
  done
fi
