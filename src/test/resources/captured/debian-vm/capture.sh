#!/bin/bash
# Captures what the bond, vlan, ipvlan, dummy and bridge VLAN filtering features read, into $1, on a kernel
# that has them (Debian bookworm's stock kernel). Run it only inside a throwaway namespace:
#   unshare --net --mount --pid --fork --mount-proc bash capture.sh /tmp/captured
set -ex
OUT=$1
mount -t tmpfs netspec-capture /run
mkdir -p /run/netns
ip link set lo up
quiet() { sysctl -q -w net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; }
quiet

# --- bridge VLAN filtering: ns1 and ns2 untagged in VLAN 10, ns3 untagged in VLAN 20 and tagged in 10,
# veth4 a member of VLANs 100 to 102 (iproute2 prints a range)
ip link add br0 type bridge vlan_filtering 1
ip link set br0 up
for n in 1 2 3; do
  ip netns add ns$n
  ip netns exec ns$n bash -c "$(declare -f quiet); quiet"
  ip -n ns$n link set lo up
  ip link add veth$n type veth peer name eth0 netns ns$n
  ip link set veth$n master br0 up
  ip -n ns$n addr add 10.0.0.$n/24 dev eth0
  ip -n ns$n link set eth0 up
done
bridge -j vlan show > "$OUT"/bridge-vlan-default.json
bridge vlan add dev veth1 vid 10 pvid untagged
bridge vlan add dev veth2 vid 10 pvid untagged
bridge vlan add dev veth3 vid 20 pvid untagged
bridge vlan add dev veth3 vid 10
bridge vlan del dev veth1 vid 1
ip link add veth4 type veth peer name veth4p
ip link set veth4 master br0
bridge vlan add dev veth4 vid 100-102
bridge -j vlan show > "$OUT"/bridge-vlan.json
bridge -compressvlans -j vlan show > "$OUT"/bridge-vlan-compressed.json
bridge -j vlan show dev veth1 > "$OUT"/bridge-vlan-dev-veth1.json
ip -j -d link show br0 > "$OUT"/bridge-vlan-filtering-ip-d-link-br0.json

# --- 802.1Q: eth0.10 in ns3 on top of the tagged member; ns1 reaches it through the bridge, VLAN 10
ip -n ns3 link add link eth0 name eth0.10 type vlan id 10
ip -n ns3 addr add 10.0.10.3/24 dev eth0.10
ip -n ns3 link set eth0.10 up
ip -n ns1 addr add 10.0.10.1/24 dev eth0
ip -n ns3 link add link eth0 name eth0.0 type vlan id 0
ip -n ns3 link add link eth0 name eth0.4094 type vlan id 4094
ip -n ns3 -j -d link show > "$OUT"/vlan-ip-d-link.json
ip netns exec ns3 tcpdump -i eth0 -nn -U --immediate-mode -Z root -w "$OUT"/vlan.pcap 2> "$OUT"/tcpdump.log &
until grep -q 'listening on' "$OUT"/tcpdump.log; do sleep 0.05; done
ip netns exec ns1 ping -n -c 2 -i 0.2 10.0.10.3     # untagged from ns1, tagged 10 on veth3
ip netns exec ns2 ping -n -c 1 -W 1 10.0.0.3 || true # VLAN 10 untagged on veth2: ns3's eth0 is in VLAN 20
sleep 0.5
kill %1
wait %1 || true
tcpdump -nn -e -r "$OUT"/vlan.pcap > "$OUT"/vlan.txt
rm "$OUT"/tcpdump.log

# --- bond: active-backup with miimon, its ports' peers down one after the other in a namespace of their own
ip netns add server
ip -n server link set lo up
ip link add p1 netns server type veth peer name s1
ip link add p2 netns server type veth peer name s2
ip link set s1 up
ip link set s2 up
ip -n server link add bond0 type bond mode active-backup miimon 100
ip -n server link set p1 master bond0
ip -n server link set p2 master bond0
ip -n server link set bond0 up
sleep 0.5
ip -n server -j -d -s link show > "$OUT"/bond-ip-d-s-link.json
ip link set s1 down
sleep 0.5
ip -n server -j -d -s link show > "$OUT"/bond-failed-over-ip-d-s-link.json
ip link set s2 down
sleep 0.5
ip -n server -j -d link show bond0 > "$OUT"/bond-no-port-ip-d-link.json
ip -n server link add bond1 type bond
ip -n server -j -d link show bond1 > "$OUT"/bond-defaults-ip-d-link.json

# --- ipvlan: l2 and l3 children of one parent, in two namespaces
ip link add up0 type veth peer name up1
ip link set up0 up
ip netns add ns4
ip netns add ns5
ip link add iv1 link up0 netns ns4 type ipvlan mode l2
ip link add iv2 link up0 netns ns5 type ipvlan mode l3
ip -n ns4 -j -d link show iv1 > "$OUT"/ipvlan-l2-ip-d-link.json
ip -n ns5 -j -d link show iv2 > "$OUT"/ipvlan-l3-ip-d-link.json
ip -j -d link show up0 > "$OUT"/ipvlan-parent-ip-d-link.json
