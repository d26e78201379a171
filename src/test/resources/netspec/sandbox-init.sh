# PID 1 of a netspec sandbox: fresh network, mount and PID namespaces made by unshare.
# It gives the sandbox its own /run (so /run/netns is private) and /tmp, starts the worker
# shell that runs the scenario's commands, and relays its own stdin to that shell.
# When stdin ends (normal teardown, the runner was killed, the SSH connection dropped),
# it kills every process of the sandbox; the namespaces die with the last of them.
set -e
mount -t tmpfs -o mode=0755 netspec-run /run
mkdir -p /run/netns /run/netspec
mount -t tmpfs -o mode=1777 netspec-tmp /tmp
ip link set lo up
mkfifo /run/netspec/commands
bash --noprofile --norc -o pipefail < /run/netspec/commands &
exec 3> /run/netspec/commands
set +e
cat >&3
exec 3>&-
kill -KILL -1 2>/dev/null
wait
