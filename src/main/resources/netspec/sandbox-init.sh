# shellcheck shell=bash
# PID 1 of a netspec sandbox: fresh network, mount and PID namespaces made by unshare.
# It gives the sandbox its own /run (so /run/netns is private) and /tmp, starts the worker
# shell that runs the scenario's commands, and relays its own stdin to that shell.
# When stdin ends (normal teardown, the runner was killed, the SSH connection dropped),
# it kills every process of the sandbox; the namespaces die with the last of them.
# Every external program here costs about 1.4 ms of sandbox start-up: keep them few.
set -e
mount -t tmpfs -o mode=0755 netspec-run /run
mount -t tmpfs -o mode=1777 netspec-tmp /tmp
ip link set lo up
exec 3> >(exec bash --noprofile --norc -o pipefail)
set +e
cat >&3
exec 3>&-
kill -KILL -1 2>/dev/null
wait 2>/dev/null
