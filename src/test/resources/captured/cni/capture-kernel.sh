#!/bin/bash
# What the kernel shows after the reference bridge plugin's ADD of pod1, next to the result it printed, for the
# tests that hold a result against the kernel; and the answer of a plugin that does nothing at all.
# Run it only inside a throwaway namespace, from the project's root:
#   unshare --net --mount --pid --fork --mount-proc bash src/test/resources/captured/cni/capture-kernel.sh /tmp/captured
set -e
OUT=$1
mount -t tmpfs netspec-capture /run
mkdir -p /run/netns
ip link set lo up
ip netns add pod1
printf '{"cniVersion":"1.0.0","name":"podnet","type":"bridge","bridge":"cni0","isGateway":true,"ipMasq":false,"ipam":{"type":"host-local","subnet":"10.22.0.0/16","dataDir":"/run/ipam","routes":[{"dst":"0.0.0.0/0"}]}}\n' \
    | env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin CNI_COMMAND=ADD CNI_CONTAINERID=pod1 CNI_NETNS=/run/netns/pod1 \
        CNI_IFNAME=eth0 CNI_PATH=/usr/lib/cni /usr/lib/cni/bridge > $OUT/kernel-add-result.json
ip -j -d link show > $OUT/kernel-add-host-ip-d-link.json
ip -j address show > $OUT/kernel-add-host-ip-addr.json
ip -n pod1 -j -d link show > $OUT/kernel-add-pod1-ip-d-link.json
ip -n pod1 -j address show > $OUT/kernel-add-pod1-ip-addr.json
ip -n pod1 -j route show > $OUT/kernel-add-pod1-ip-route.json
# someone removes the pod's address: the result no longer matches
ip -n pod1 address del 10.22.0.2/16 dev eth0
ip -n pod1 -j address show > $OUT/kernel-address-removed-pod1-ip-addr.json
ip -n pod1 -j route show > $OUT/kernel-address-removed-pod1-ip-route.json
# a plugin that does nothing and says so: a result with a version and nothing else
printf '#!/bin/sh\ncat >/dev/null\necho %s\n' "'{\"cniVersion\":\"1.0.0\"}'" > /run/noop-plugin
chmod +x /run/noop-plugin
echo '{"cniVersion":"1.0.0","name":"podnet","type":"noop"}' | env -i CNI_COMMAND=ADD CNI_CONTAINERID=pod1 \
    CNI_NETNS=/run/netns/pod1 CNI_IFNAME=eth0 CNI_PATH=/run /run/noop-plugin > $OUT/noop-add-result.json
