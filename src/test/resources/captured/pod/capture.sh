#!/bin/bash
# Starts two pods the way the pause feature does (a pause process holding new IPC, UTS and PID
# namespaces in a named network namespace) and saves what ps, readlink and ipcs say about them into $1.
# Run it only inside a throwaway namespace:
#   unshare --net --mount --pid --fork --mount-proc bash capture.sh /tmp/captured
set -e
OUT=$1
mount -t tmpfs netspec-capture /run
mkdir -p /run/netns
ip netns add pod1
ip netns add pod2
ip netns exec pod1 unshare --ipc --uts --pid --fork tini -- sleep infinity >/dev/null 2>&1 &
ip netns exec pod2 unshare --ipc --uts --pid --fork sleep infinity >/dev/null 2>&1 &
sleep 0.5
tini=$(pgrep -x tini)
sleeper=$(pgrep -f -x 'sleep infinity' | while read -r p; do [ "$(cut -d' ' -f4 /proc/$p/stat)" != "$tini" ] && echo $p; done | tail -1)
nsenter --target "$tini" --net --ipc --uts -- sleep infinity >/dev/null 2>&1 &
container=$!
# an orphan for each pod: tini reaps it, the plain sleep leaves it a zombie
nsenter --target "$tini" --pid -- sh -c 'sleep 0.2 >/dev/null 2>&1 & exit 0'
nsenter --target "$sleeper" --pid -- sh -c 'sleep 0.2 >/dev/null 2>&1 & exit 0'
sleep 0.5
nsenter --target "$tini" --ipc -- ipcmk -Q > $OUT/ipcmk-q.txt
nsenter --target "$tini" --ipc -- ipcmk -Q >> $OUT/ipcmk-q.txt
nsenter --target "$container" --ipc -- ipcs -q > $OUT/ipcs-q.txt
nsenter --target "$sleeper" --ipc -- ipcs -q > $OUT/ipcs-q-empty.txt
ps -e -o pid=,ppid=,stat=,pidns=,comm= > $OUT/ps.txt
readlink /proc/$container/ns/net /proc/$tini/ns/net /proc/$sleeper/ns/net /proc/$tini/ns/pid > $OUT/readlink-ns.txt
