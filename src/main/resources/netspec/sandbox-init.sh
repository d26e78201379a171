# shellcheck shell=bash
# PID 1 of a netspec sandbox: fresh network, mount and PID namespaces made by unshare.
# It gives the sandbox its own /run (so /run/netns is private) and /tmp, starts the worker
# shell that runs the scenario's commands, and relays its own stdin to that shell.
# When stdin ends (normal teardown, the runner was killed, the SSH connection dropped),
# it kills every process of the sandbox; the namespaces die with the last of them.
# Every external program here costs about 1.4 ms of sandbox start-up: keep them few.
# Debian 11's unshare (util-linux 2.36.1; not 2.38.1) starts this shell with SIGINT and SIGTERM ignored (--fork),
# and a shell cannot undo an ignore it inherited: every process of the sandbox would outlive its SIGTERM. Start
# over with both at their default action (coreutils 8.31's env, else Perl, Essential on Debian).
ignored=0
while read -r key value; do
  if [[ $key == SigIgn: ]]; then ignored=$value; break; fi
done </proc/self/status
if ((0x$ignored & 0x4000)) && [[ -z ${NETSPEC_SIGNALS_RESET:-} ]]; then
  export NETSPEC_SIGNALS_RESET=1
  if env --default-signal=TERM true 2>/dev/null; then
    exec env --default-signal=INT,TERM bash --noprofile --norc -c "$BASH_EXECUTION_STRING" "$0"
  fi
  exec perl -e '$SIG{INT} = $SIG{TERM} = "DEFAULT"; exec @ARGV' bash --noprofile --norc -c "$BASH_EXECUTION_STRING" "$0"
fi
unset NETSPEC_SIGNALS_RESET
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
