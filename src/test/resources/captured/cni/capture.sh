#!/bin/bash
# Calls the reference bridge plugin (Debian's containernetworking-plugins) and netspec's bash plugin the
# way a runtime does, and saves what they print on stdout into the directory $1.
# Run it only inside a throwaway namespace, from the project's root:
#   unshare --net --mount --pid --fork --mount-proc bash src/test/resources/captured/cni/capture.sh /tmp/captured
set -e
OUT=$1
BASH_CNI=$PWD/src/main/resources/assets/cni/netspec-bash-cni
mount -t tmpfs netspec-capture /run
mkdir -p /run/netns
ip link set lo up
for pod in pod1 pod2 pod3 pod4; do ip netns add $pod; done

bridge_config() { # VERSION SUBNET [EXTRA FIELDS]
    printf '{"cniVersion":"%s","name":"podnet","type":"bridge","bridge":"cni0","isGateway":true,"ipMasq":false,"ipam":{"type":"host-local","subnet":"%s","dataDir":"/run/ipam","routes":[{"dst":"0.0.0.0/0"}]}%s}\n' "$1" "$2" "${3:-}"
}
bash_config() { # VERSION SUBNET [EXTRA FIELDS]
    printf '{"cniVersion":"%s","name":"bashnet","type":"netspec-bash-cni","bridge":"cni1","subnet":"%s","dataDir":"/run/state"%s}\n' "$1" "$2" "${3:-}"
}
# call PLUGIN COMMAND POD [IFNAME]: the environment a runtime gives, the configuration on stdin
call() {
    env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin CNI_COMMAND="$2" CNI_CONTAINERID="$3" CNI_NETNS="/run/netns/$3" \
        CNI_IFNAME="${4:-eth0}" CNI_PATH=/usr/lib/cni "$1" || true
}

echo '{"cniVersion":"1.0.0"}' | env -i CNI_COMMAND=VERSION /usr/lib/cni/bridge > $OUT/bridge-version.json
bridge_config 1.0.0 10.22.0.0/16 | call /usr/lib/cni/bridge ADD pod1 > $OUT/bridge-add-1.0.0.json
bridge_config 0.4.0 10.22.0.0/16 | call /usr/lib/cni/bridge ADD pod2 > $OUT/bridge-add-0.4.0.json
bridge_config 1.0.0 10.22.0.0/16 | call /usr/lib/cni/bridge FLY pod3 > $OUT/bridge-error-unknown-command.json
bridge_config 1.0.0 10.22.0.0/16 | head -c 40 | call /usr/lib/cni/bridge ADD pod3 > $OUT/bridge-error-malformed-config.json
bridge_config 1.0.0 10.22.0.0/16 | env -i CNI_COMMAND=ADD CNI_CONTAINERID=pod3 CNI_IFNAME=eth0 CNI_PATH=/usr/lib/cni \
    /usr/lib/cni/bridge > $OUT/bridge-error-missing-netns.json || true
bridge_config 99.0.0 10.22.0.0/16 | call /usr/lib/cni/bridge ADD pod3 > $OUT/bridge-error-incompatible-version.json
ip -n pod1 address del 10.22.0.2/16 dev eth0
bridge_config 1.0.0 10.22.0.0/16 ",\"prevResult\":$(cat $OUT/bridge-add-1.0.0.json)" \
    | call /usr/lib/cni/bridge CHECK pod1 > $OUT/bridge-error-check.json
bridge_config 1.0.0 10.22.0.0/16 | call /usr/lib/cni/bridge DEL pod1 > $OUT/bridge-del.json

echo '{"cniVersion":"1.0.0"}' | env -i PATH=/usr/bin:/bin CNI_COMMAND=VERSION $BASH_CNI > $OUT/bash-version.json
bash_config 1.0.0 10.244.1.0/24 | call $BASH_CNI ADD pod3 > $OUT/bash-add-1.0.0.json
bash_config 0.4.0 10.244.1.0/24 | call $BASH_CNI ADD pod4 > $OUT/bash-add-0.4.0.json
bash_config 1.0.0 10.244.1.0/24 | call $BASH_CNI FLY pod1 > $OUT/bash-error-unknown-command.json
bash_config 1.0.0 10.244.1.0/24 | head -c 40 | call $BASH_CNI ADD pod1 > $OUT/bash-error-malformed-config.json
bash_config 1.0.0 10.244.1.0/24 | env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin CNI_COMMAND=ADD CNI_CONTAINERID=pod1 \
    CNI_IFNAME=eth0 $BASH_CNI > $OUT/bash-error-missing-netns.json || true
bash_config 99.0.0 10.244.1.0/24 | call $BASH_CNI ADD pod1 > $OUT/bash-error-incompatible-version.json
