#!/bin/bash
# Captures what the chained reference plugins do (see README.md, "A network configuration list").
# Run as root in a throwaway namespace:
#   unshare --net --mount --pid --fork --mount-proc bash src/test/resources/captured/cni/capture-chain.sh /tmp/captured
set -eu
out=$1
mkdir -p "$out"
here=$(cd "$(dirname "$0")" && pwd)
assets=$here/../../../../main/resources/assets
mkdir -p /run/netns /run/netspec
mount -t tmpfs netns /run/netns
mount -t tmpfs netspec /run/netspec
ip link set lo up
sed -e 's/${cniVersion}/1.0.0/; s/${name}/podnet/; s#${subnet}#10.22.0.0/24#; s#${dataDir}#/run/netspec/cni#' \
    "$assets/cni/bridge-chain.conflist" > /tmp/list.json
# ADD through the list as libcni does: name and cniVersion of the list, the previous result, runtimeConfig
# for the declared capabilities only
add() {
    local pod=$1 runtime=$2 prev=null type config
    ip netns add "$pod"
    for type in $(jq -r '.plugins[].type' /tmp/list.json); do
        config=$(jq --arg t "$type" --argjson prev "$prev" --argjson rc "$runtime" '. as $l
            | (.plugins[] | select(.type == $t)) as $c
            | $c + {cniVersion: $l.cniVersion, name: $l.name}
            + (if $prev == null then {} else {prevResult: $prev} end)
            + (($rc | with_entries(select(.key as $k | ($c.capabilities // {})[$k]))) as $r
               | if $r == {} then {} else {runtimeConfig: $r} end)' /tmp/list.json)
        prev=$(printf '%s' "$config" | env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin CNI_COMMAND=ADD \
            CNI_CONTAINERID="$pod" CNI_NETNS="/run/netns/$pod" CNI_IFNAME=eth0 CNI_PATH=/usr/lib/cni \
            "/usr/lib/cni/$type")
        printf '%s\n' "$prev" > "$out/chain-add-$pod-$type.json"
    done
}
add pod1 '{"portMappings":[{"hostPort":8080,"containerPort":80,"protocol":"tcp"}],"mac":"02:00:0a:16:00:99"}'
tc -j qdisc show > "$out/chain-tc-qdisc.json"
iptables -t nat -S > "$out/chain-iptables-nat-S.txt"
iptables -t filter -S > "$out/chain-iptables-filter-S.txt"
bash "$assets/k8s/timed-transfer.sh" pod1 10.22.0.1 5001 1000000 > "$out/chain-timed-transfer.txt"
