#!/usr/bin/env bash
# Shows which link kinds and services the kernel it runs on really has, by creating each
# one and reading it back. Run it as root in a fresh network namespace of the machine to check:
#
#   ssh -F "$NETSPEC_SSH_CONFIG" pause sudo unshare --net bash -s < vagrant/guest-kernel-check.sh
#
# Prints one line per feature (ok or MISSING with the kernel's answer); exits 1 if one is missing.
set -uo pipefail

missing=0
# check_link FEATURE DEVICE KIND SETUP-COMMAND...: runs the command, then reads DEVICE's kind back
check_link() {
  local feature=$1 dev=$2 kind=$3 out
  shift 3
  if out=$("$@" 2>&1) && ip -d link show dev "$dev" 2>/dev/null | grep -qw "$kind"; then
    printf 'ok       %-22s %s\n' "$feature" "$(ip -br link show dev "$dev" | awk '{ print $1 }')"
  else
    printf 'MISSING  %-22s %s\n' "$feature" "${out:-no $kind link $dev}"
    missing=1
  fi
}

echo "kernel   $(uname -r)"
# a veth is the lower device of the stacked kinds, so that each line depends on its own module only
check_link veth ve0 veth ip link add ve0 type veth peer name ve1
check_link bonding b0 bond ip link add b0 type bond
check_link dummy d0 dummy ip link add d0 type dummy
check_link 8021q ve0.10 vlan ip link add link ve0 name ve0.10 type vlan id 10
check_link ipvlan iv0 ipvlan ip link add iv0 link ve0 type ipvlan mode l2
check_link macvlan mv0 macvlan ip link add mv0 link ve1 type macvlan mode bridge
check_link vxlan vx0 vxlan ip link add vx0 type vxlan id 42 dstport 4789 dev ve0
check_link bridge-vlan-filtering br0 'vlan_filtering 1' ip link add br0 type bridge vlan_filtering 1

# IPVS: a virtual service, read back from the kernel's table
if out=$(ipvsadm -A -t 192.0.2.10:80 -s rr 2>&1) && ipvsadm -Ln | grep -q '192.0.2.10:80 rr'; then
  printf 'ok       %-22s %s\n' ip_vs "$(ipvsadm -Ln | grep -m1 '192.0.2.10')"
else
  printf 'MISSING  %-22s %s\n' ip_vs "$out"
  missing=1
fi
exit "$missing"
