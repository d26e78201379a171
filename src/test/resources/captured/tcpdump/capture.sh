#!/bin/bash
# Captures real traffic on a VXLAN underlay into $1: underlay.pcap and its decoding underlay.txt.
# Run it only inside a throwaway namespace:
#   unshare --net --mount --pid --fork --mount-proc bash capture.sh /tmp/captured
set -ex
OUT=$1
mount -t tmpfs netspec-capture /run
mkdir -p /run/netns
ip link set lo up
ip netns add node1
ip netns add node2

# two nodes joined by a veth underlay; vx0 (VNI 42, port 4789) on both, vx1 (VNI 7, port 0 meaning the
# kernel's default 8472) only on node1, so node2 answers it with ICMP port unreachable
ip link add eth0 netns node1 type veth peer name eth0 netns node2
for n in 1 2; do
  ip -n node$n link set lo up
  ip -n node$n addr add 10.0.0.$n/24 dev eth0
  ip -n node$n link set eth0 up
  ip -n node$n link add vx0 type vxlan id 42 local 10.0.0.$n remote 10.0.0.$((3 - n)) dev eth0 dstport 4789
  ip -n node$n addr add 192.168.42.$n/24 dev vx0
  ip -n node$n link set vx0 up
done
ip -n node1 link add vx1 type vxlan id 7 local 10.0.0.1 remote 10.0.0.2 dev eth0 dstport 0
ip -n node1 addr add 192.168.7.1/24 dev vx1
ip -n node1 link set vx1 up
sleep 1

ip netns exec node2 tcpdump -i eth0 -nn -U --immediate-mode -Z root -w "$OUT"/underlay.pcap 2> "$OUT"/tcpdump.log &
until grep -q 'listening on' "$OUT"/tcpdump.log; do sleep 0.05; done
ip netns exec node1 ping -n -c 2 -i 0.2 192.168.42.2               # ARP and ICMP inside VNI 42
ip netns exec node1 ping -n -c 1 -W 1 192.168.7.2 || true          # port 8472, decoded as OTV
ip netns exec node1 bash -c 'echo hi > /dev/udp/10.0.0.2/9'        # plain UDP, ICMP unreachable back
ip netns exec node1 bash -c 'exec 3<>/dev/tcp/10.0.0.2/80' || true # TCP SYN, RST back
# one 802.1Q-tagged UDP datagram (VLAN 10), sent raw: this kernel has no 8021q module
ip netns exec node1 python3 -c '
import socket, struct
s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
s.bind(("eth0", 0))
src = bytes.fromhex(open("/sys/class/net/eth0/address").read().strip().replace(":", ""))
udp = struct.pack("!HHHH", 40000, 9, 10, 0) + b"hi"
ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), 1, 0, 64, 17, 0, bytes([10, 0, 10, 1]), bytes([10, 0, 10, 2]))
s.send(b"\xff" * 6 + src + struct.pack("!HHH", 0x8100, 10, 0x0800) + ip + udp)
'
sleep 0.5
kill %1
wait %1
tcpdump -nn -e -r "$OUT"/underlay.pcap > "$OUT"/underlay.txt
rm "$OUT"/tcpdump.log
