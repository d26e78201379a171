#!/bin/bash
# Builds a topology with every relation the topology picture draws and saves, for the sandbox's own
# namespace ("host") and for ns1 and ns2, the links, the addresses and the namespace ids into $1.
# Run it only inside a throwaway namespace:
#   unshare --net --mount --pid --fork --mount-proc bash capture.sh /tmp/captured/topology
set -ex
OUT=$1
mount -t tmpfs netspec-capture /run
mkdir -p /run/netns
ip link set lo up
ip netns add ns1
ip netns add ns2
for ns in ns1 ns2; do ip -n $ns link set lo up; done

# a bridge with two ports whose veth peers (both named eth0) live in ns1 and ns2
ip link add br0 type bridge
ip link set br0 up
ip addr add 10.0.0.254/24 dev br0
ip link add veth1 type veth peer name eth0 netns ns1
ip link add veth2 type veth peer name eth0 netns ns2
ip link set veth1 master br0 up
ip link set veth2 master br0 up
ip -n ns1 addr add 10.0.0.1/24 dev eth0
ip -n ns1 -6 addr add fd00::1/64 dev eth0 nodad
ip -n ns2 addr add 10.0.0.2/24 dev eth0
ip -n ns1 link set eth0 up
ip -n ns2 link set eth0 up

# a pair straight from ns1 to ns2, and a pair inside the host with one end down
ip link add veth-a netns ns1 type veth peer name veth-b netns ns2
ip -n ns1 addr add 10.0.1.1/24 dev veth-a
ip -n ns2 addr add 10.0.1.2/24 dev veth-b
ip -n ns1 link set veth-a up
ip -n ns2 link set veth-b up
ip link add veth3 type veth peer name veth3p
ip link set veth3 up

# devices over a parent: in the same namespace (vxlan and macvlan on br0, macvlan on eth0 in ns1),
# and in another one (mvx, made on veth3 and moved into ns2)
ip link add vx0 type vxlan id 42 dstport 4789 local 10.0.0.254 dev br0
ip link set vx0 up
ip link add mv0 link br0 type macvlan mode bridge
ip link set mv0 up
ip -n ns1 link add mv1 link eth0 type macvlan mode private
ip link add mvx link veth3 type macvlan mode vepa
ip link set mvx netns ns2

# a tun without a process (NO-CARRIER), and a pair whose names need escaping in XML
ip tuntap add tun0 mode tun
ip link set tun0 up
ip addr add 10.9.9.1 peer 10.9.9.2/32 dev tun0
ip link add 'v<&>"x' type veth peer name "p'q" netns ns2

sleep 1     # let carrier changes settle before reading them

# the link dump first: it is what makes the kernel give ids to the peers' namespaces
for place in host ns1 ns2; do
    if [ $place = host ]; then n=(); else n=(-n "$place"); fi
    ip "${n[@]}" -j -d link show > "$OUT/$place"-ip-d-link.json
    ip "${n[@]}" -j addr show > "$OUT/$place"-ip-addr.json
    ip "${n[@]}" -j netns list-id > "$OUT/$place"-netns-list-id.json
    # what the topology picture reads: links and addresses in one dump, and the same links on their own
    ip "${n[@]}" -j -d -s addr show > "$OUT/$place"-ip-d-s-addr.json
    ip "${n[@]}" -j -d -s link show > "$OUT/$place"-ip-d-s-link.json
done
