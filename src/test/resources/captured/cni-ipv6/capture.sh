#!/bin/bash
# A dual-stack ADD of netspec-bash-cni and what the kernel shows after it, in the pod and on the host; and the
# DAD states of an IPv6 address (tentative while DAD runs, dadfailed for a second holder on the bridge).
# Run it only inside a throwaway namespace, from the project's root:
#   unshare --net --mount --pid --fork --mount-proc bash src/test/resources/captured/cni-ipv6/capture.sh /tmp/captured
set -e
OUT=$1
PLUGIN=$PWD/src/main/resources/assets/cni/netspec-bash-cni
mount -t tmpfs netspec-capture /run
mkdir -p /run/netns
ip link set lo up
ip netns add pod1
ip netns add pod2
add() {
    printf '{"cniVersion":"1.1.0","name":"podnet","type":"netspec-bash-cni","subnet":"10.22.0.0/24","subnet6":"fd00:22::/64","dataDir":"/run/state"}\n' \
        | env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin CNI_COMMAND=ADD CNI_CONTAINERID=$1 CNI_NETNS=/run/netns/$1 \
            CNI_IFNAME=eth0 CNI_PATH=/run bash "$PLUGIN"
}
add pod1 > $OUT/bash-dual-add-result.json
ip -j -d link show > $OUT/host-ip-d-link.json
ip -j address show > $OUT/host-ip-addr.json
ip -n pod1 -j -d link show > $OUT/pod1-ip-d-link.json
ip -n pod1 -j address show > $OUT/pod1-ip-addr.json
ip -n pod1 -j route show > $OUT/pod1-ip-route.json
ip -n pod1 -j -6 route show > $OUT/pod1-ip-6-route.json
add pod2 > /dev/null
# pod1's IPv6 address given to pod2 too: tentative at once, dadfailed once pod1 has answered DAD's probe
ip -n pod2 address add fd00:22::2/64 dev eth0
ip -n pod2 -j -6 address show dev eth0 > $OUT/pod2-tentative-ip-6-addr.json
sleep 3
ip -n pod2 -j -6 address show dev eth0 > $OUT/pod2-dadfailed-ip-6-addr.json
