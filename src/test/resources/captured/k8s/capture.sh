#!/bin/bash
# Builds two flannel-style nodes with a pod each, and a veth pair with a tc BPF classifier, and
# saves what the k8s parsers of netspec.linux read into the directory $1. $2 is the BPF object
# to attach (built from src/main/resources/assets/bpf/icmp_echo_responder.c, see README.md).
# Run it only inside a throwaway namespace:
#   unshare --net --mount --pid --fork --mount-proc bash capture.sh /tmp/captured /tmp/prog.o
set -ex
OUT=$1
PROG=$2
mount -t tmpfs netspec-capture /run
mount -t tmpfs netspec-capture /tmp
ip link set lo up

# the underlay: a bridge in the root of the throwaway namespace, a node behind each port
ip link add underlay type bridge
ip link set underlay up
for n in 1 2; do
  ip netns add node$n
  ip -n node$n link set lo up
  ip link add veth-node$n type veth peer name eth0 netns node$n
  ip link set veth-node$n master underlay up
  ip -n node$n addr add 192.168.56.1$n/24 dev eth0
  ip -n node$n link set eth0 up
  ip netns exec node$n sysctl -qw net.ipv4.ip_forward=1
  ip -n node$n link add flannel.1 type vxlan id 1 local 192.168.56.1$n dev eth0 dstport 8472 nolearning
  ip -n node$n addr add 10.244.$n.0/32 dev flannel.1
  ip -n node$n link set flannel.1 up
  ip -n node$n link add cni0 type bridge
  ip -n node$n addr add 10.244.$n.1/24 dev cni0
  ip -n node$n link set cni0 up
  ip netns add pod$n
  ip -n pod$n link set lo up
  ip -n node$n link add veth-pod$n mtu 1500 type veth peer name eth0 mtu 1500 netns pod$n
  ip -n node$n link set veth-pod$n master cni0 up
  ip -n pod$n addr add 10.244.$n.2/24 dev eth0
  ip -n pod$n link set eth0 up
  ip -n pod$n route add default via 10.244.$n.1
done
mac1=$(ip -n node1 -br link show flannel.1 | awk '{print $3}')
mac2=$(ip -n node2 -br link show flannel.1 | awk '{print $3}')
ip -n node1 route add 10.244.2.0/24 via 10.244.2.0 dev flannel.1 onlink
ip -n node1 neigh add 10.244.2.0 lladdr "$mac2" dev flannel.1 nud permanent
bridge -n node1 fdb add "$mac2" dev flannel.1 dst 192.168.56.12 self permanent
ip -n node2 route add 10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink
ip -n node2 neigh add 10.244.1.0 lladdr "$mac1" dev flannel.1 nud permanent
bridge -n node2 fdb add "$mac1" dev flannel.1 dst 192.168.56.11 self permanent

# captures on node2's underlay NIC and in pod2, two echo requests from pod1 to pod2
ip netns exec node2 tcpdump -nn -U --immediate-mode -i eth0 -w /tmp/underlay.pcap ip 2>/tmp/underlay.log &
ip netns exec pod2 tcpdump -nn -U --immediate-mode -i eth0 -w /tmp/pod2.pcap ip 2>/tmp/pod2.log &
until grep -q 'listening on' /tmp/underlay.log && grep -q 'listening on' /tmp/pod2.log; do sleep 0.1; done
ip netns exec pod1 ping -n -c 2 -i 0.2 -W 1 10.244.2.2
# a full-size packet of MTU 1500 with DF set: node1 answers "fragmentation needed", mtu 1450
ip netns exec pod1 ping -n -c 1 -M 'do' -s 1472 -W 1 10.244.2.2 || true
sleep 0.5
kill %1 %2
wait
tcpdump -nn -v -r /tmp/underlay.pcap > "$OUT/tcpdump-v-underlay.txt"
tcpdump -nn -v -T vxlan -r /tmp/underlay.pcap > "$OUT/tcpdump-v-T-vxlan-underlay.txt"
tcpdump -nn -v -r /tmp/pod2.pcap > "$OUT/tcpdump-v-pod2.txt"
ip -n pod1 -j route get 10.244.2.2 > "$OUT/pod1-ip-route-get-pmtu.json"
ip -n pod2 -j route get 10.244.1.2 > "$OUT/pod2-ip-route-get.json"

# a tc classifier in direct-action mode on a veth whose kernel ignores echo requests
ip netns add ns1
ip netns add ns2
ip link add veth-a netns ns1 type veth peer name veth-b netns ns2
ip -n ns1 addr add 10.0.2.1/24 dev veth-a
ip -n ns1 link set veth-a up
ip -n ns2 addr add 10.0.2.2/24 dev veth-b
ip -n ns2 link set veth-b up
ip netns exec ns2 sysctl -qw net.ipv4.icmp_echo_ignore_all=1
ip netns exec ns1 ping -n -c 2 -i 0.2 -W 1 10.0.2.2 || true
tc -n ns2 qdisc add dev veth-b clsact
tc -n ns2 -j filter show dev veth-b ingress > "$OUT/tc-filter-ingress-none.json"
tc -n ns2 filter add dev veth-b ingress bpf da obj "$PROG" sec tc
tc -n ns2 -j filter show dev veth-b ingress > "$OUT/tc-filter-ingress-bpf.json"
ip netns exec ns1 ping -n -c 3 -i 0.2 -W 1 10.0.2.2
ip netns exec ns2 cat /proc/net/snmp > "$OUT/ns2-proc-net-snmp.txt"
