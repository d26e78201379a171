#!/bin/bash
# Captures what the interface features read: bridge port states under STP, isolation and hairpin,
# the multicast database, tun and tap devices with and without a reader, and what such a reader
# writes. Saves into the directory $1. Run it only inside a throwaway namespace, from this folder:
#   unshare --net --mount --pid --fork --mount-proc bash capture-ifaces.sh /tmp/captured
set -ex
OUT=$1
READER=$(dirname "$0")/../assets/tun-reader.pl
mount -t tmpfs netspec-capture /run
mkdir -p /run/netns
ip link set lo up

# two bridges with STP, joined twice: one of the four ports ends up blocking
for b in br0 br1; do ip link add $b type bridge stp_state 1 forward_delay 200 hello_time 100; done
ip link add l0a type veth peer name l1a
ip link add l0b type veth peer name l1b
ip link set l0a master br0; ip link set l0b master br0
ip link set l1a master br1; ip link set l1b master br1
for d in br0 br1 l0a l0b l1a l1b; do ip link set $d up; done

# a third bridge with one isolated port, one hairpin port and namespaces that join multicast groups
ip link add br2 type bridge
ip link set br2 up
ip netns add ns1
ip netns add ns2
ip link add veth1 type veth peer name eth0 netns ns1
ip link add veth2 type veth peer name eth0 netns ns2
ip link set veth1 master br2 up
ip link set veth2 master br2 up
bridge link set dev veth1 isolated on
bridge link set dev veth2 hairpin on
for ns in ns1 ns2; do ip -n $ns link set lo up; ip -n $ns link set eth0 up; done
ip -n ns1 addr add 10.0.0.1/24 dev eth0
ip -n ns2 addr add 10.0.0.2/24 dev eth0
ip -n ns1 addr add 239.1.1.1/32 dev eth0 autojoin
ip -n ns2 addr add ff0e::1:1/128 dev eth0 autojoin

# br3 does not snoop: the same join from ns3 leaves no trace in its multicast database
ip link add br3 type bridge mcast_snooping 0
ip link set br3 up
ip netns add ns3
ip link add veth3 type veth peer name eth0 netns ns3
ip link set veth3 master br3 up
ip -n ns3 link set eth0 up
ip -n ns3 addr add 239.1.1.1/32 dev eth0 autojoin

# tun0 and tap0 with a reader each, tap1 without one; the readers see a ping each
ip tuntap add dev tun0 mode tun
ip tuntap add dev tap0 mode tap
ip tuntap add dev tap1 mode tap
for d in tun0 tap0 tap1; do ip link set $d up; done
ip addr add 10.9.0.1/24 dev tun0
ip addr add 10.8.0.1/24 dev tap0
ip neigh add 10.8.0.2 lladdr 02:00:00:00:08:02 dev tap0 nud permanent
perl "$READER" tun0 tun /tmp/tun0.hex & TUN_READER=$!
perl "$READER" tap0 tap /tmp/tap0.hex & TAP_READER=$!
sleep 5   # STP converges, the readers attach, IPv6 and IGMP have spoken
ping -c 2 -i 0.2 -W 1 10.9.0.2 || true
ping -c 2 -i 0.2 -W 1 10.8.0.2 || true
ping -c 1 -W 1 10.8.0.3 || true    # an ARP request for a neighbour tap0 does not know
sleep 0.5

ip -j -d link show > "$OUT"/ifaces-ip-d-link.json
bridge -j link show > "$OUT"/ifaces-bridge-link.json
bridge -j mdb show > "$OUT"/ifaces-bridge-mdb.json
bridge -j mdb show dev br3 > "$OUT"/ifaces-bridge-mdb-no-snooping.json
cp /tmp/tun0.hex "$OUT"/tun-reader-tun0.hex
cp /tmp/tap0.hex "$OUT"/tun-reader-tap0.hex
kill $TUN_READER $TAP_READER
