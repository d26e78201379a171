#!/bin/bash
# Builds a small bridged topology and saves iproute2's JSON views of it into the directory $1.
# Run it only inside a throwaway namespace:
#   unshare --net --mount --pid --fork --mount-proc bash capture.sh /tmp/captured
set -ex
OUT=$1
mount -t tmpfs netspec-capture /run
mkdir -p /run/netns
ip link set lo up
sysctl -qw net.ipv6.conf.all.forwarding=1      # so br0 answers NS as a router (neighbour "router" flag)
ip netns add ns1
ip netns add ns2

# br0 with two veth ports whose peers (eth0) live in ns1 and ns2
ip link add br0 type bridge
ip link set br0 up
ip addr add 10.0.0.254/24 brd + dev br0
ip -6 addr add fd00::254/64 dev br0 nodad
ip link add veth1 type veth peer name eth0 netns ns1
ip link add veth2 type veth peer name eth0 netns ns2
ip link set veth1 master br0
ip link set veth2 master br0
ip link set veth1 up
ip link set veth2 up
ip link set dev veth2 promisc on
for ns in ns1 ns2; do ip -n $ns link set lo up; ip -n $ns link set eth0 up; done
ip -n ns1 addr add 10.0.0.1/24 dev eth0
ip -n ns2 addr add 10.0.0.2/24 dev eth0
ip -n ns1 -6 addr add fd00::1/64 dev eth0 nodad
ip -n ns1 route add default via 10.0.0.254
ip -n ns1 -6 route add default via fd00::254

# vxlan over br0; ns2 runs the other VTEP so vx0 learns a remote MAC
ip link add vx0 type vxlan id 42 dstport 4789 local 10.0.0.254 dev br0
ip link set vx0 up
ip addr add 192.168.42.254/24 dev vx0
bridge fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.9
bridge fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.2
ip -n ns2 link add vx0 type vxlan id 42 dstport 4789 local 10.0.0.2 remote 10.0.0.254 dev eth0
ip -n ns2 link set vx0 up
ip -n ns2 addr add 192.168.42.2/24 dev vx0

# macvlan on br0, a tun without a process (NO-CARRIER), a veth whose peer is down
ip link add mv0 link br0 type macvlan mode bridge
ip link set mv0 up
ip tuntap add tun0 mode tun
ip link set tun0 up
ip addr add 10.9.9.1 peer 10.9.9.2/32 dev tun0
ip link add veth3 type veth peer name veth3p
ip link set veth3 up
ip addr add 192.168.99.1/24 dev veth3

# hand-made fdb, neighbour and route entries next to the learned ones
bridge fdb add 02:00:00:00:00:10 dev veth1 master static
bridge fdb add 02:00:00:00:00:11 dev veth1 master extern_learn
ip neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev br0 nud permanent
ip route add 172.16.0.0/16 via 10.0.0.1 dev br0 proto static metric 100
ip route add blackhole 192.0.2.0/24

# no ping on this machine: a UDP datagram to the discard port does the same job (ARP/NS both
# ways, an ICMP port-unreachable back), so the bridge learns both MACs and neighbours appear
sleep 1
for _ in 1 2 3; do ip netns exec ns1 bash -c 'echo hi > /dev/udp/10.0.0.2/9'; sleep 0.2; done
ip netns exec ns1 bash -c 'echo hi > /dev/udp/10.0.0.254/9'
ip netns exec ns1 bash -c 'echo hi > /dev/udp/fd00::254/9'
ip netns exec ns2 bash -c 'echo hi > /dev/udp/192.168.42.254/9'
sleep 0.5

ip -j neigh show > "$OUT"/ip-neigh.json
ip -n ns1 -j neigh show > "$OUT"/ns1-ip-neigh.json
ip -j neigh show dev br0 > "$OUT"/ip-neigh-dev-br0.json
ip -j link show > "$OUT"/ip-link.json
ip -j -d link show > "$OUT"/ip-d-link.json
ip -j -d -s link show > "$OUT"/ip-d-s-link.json
ip -n ns1 -j -d link show > "$OUT"/ns1-ip-d-link.json
ip -j -d link show type bridge_slave > "$OUT"/ip-d-link-type-filter.json
ip -j -d link show dev nonexistent0 > "$OUT"/ip-d-link-missing-device.json || true
ip -j addr show > "$OUT"/ip-addr.json
ip -j -4 addr show > "$OUT"/ip-4-addr.json
ip -j route show > "$OUT"/ip-route.json
ip -j -d route show > "$OUT"/ip-d-route.json
ip -j route show table local > "$OUT"/ip-route-table-local.json
ip -j route show table 99 > "$OUT"/ip-route-missing-table.json || true
ip -j -6 route show > "$OUT"/ip-6-route.json
ip -j -d -6 route show > "$OUT"/ip-d-6-route.json
ip -n ns1 -j route show > "$OUT"/ns1-ip-route.json
ip -n ns1 -j -d route show > "$OUT"/ns1-ip-d-route.json
ip -n ns1 -j -6 route show > "$OUT"/ns1-ip-6-route.json
bridge -j fdb show > "$OUT"/bridge-fdb.json
bridge -j fdb show br br0 > "$OUT"/bridge-fdb-br0.json
bridge -j fdb show dev vx0 > "$OUT"/bridge-fdb-vx0.json
bridge -j fdb show dev veth1 > "$OUT"/bridge-fdb-veth1.json
bridge -j vlan show > "$OUT"/bridge-vlan.json
