#!/usr/bin/env bash
# Captures Open vSwitch's learned addresses and port numbers (README.md). Run as root in a throwaway namespace.
set -euo pipefail
out=${1:?usage: capture.sh OUT_DIR}
d=$(mktemp -d)
# the switch as netspec starts it
sh "$(dirname "$0")/../../../../main/resources/assets/ovs-start.sh" "$d"
ip link set lo up
for n in 1 2; do
  ip netns add "ns$n"
  ip link add "ovp$n" up type veth peer name eth0 netns "ns$n"
  ip -n "ns$n" link set eth0 up
  ip -n "ns$n" address add "10.0.3.$n/24" dev eth0
done
ovs-vsctl --db="unix:$d/db.sock" --timeout=10 add-br ovs0 -- set bridge ovs0 datapath_type=netdev
ovs-vsctl --db="unix:$d/db.sock" --timeout=10 add-port ovs0 ovp1 -- add-port ovs0 ovp2
ip netns exec ns1 ping -c 2 -W 1 10.0.3.2 >/dev/null
ovs-appctl -t "$d/vswitchd.ctl" fdb/show ovs0 >"$out/fdb-show.txt"
ovs-vsctl --db="unix:$d/db.sock" --format=json --columns=name,ofport list Interface >"$out/list-interface.json"
kill "$(cat "$d/ovs-vswitchd.pid")" "$(cat "$d/ovsdb-server.pid")"
rm -rf "$d"
