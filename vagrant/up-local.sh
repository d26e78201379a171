#!/usr/bin/env bash
# Boots one machine of vagrant/Vagrantfile on this machine with libvirt, runs a command
# against it, and tears everything down again, also when something fails.
#
#   vagrant/up-local.sh MACHINE [-- COMMAND...]              # COMMAND runs in the VM's namespaces
#   vagrant/up-local.sh --relay PORT MACHINE [-- COMMAND...]  # COMMAND runs here; the guest's SSH is on 127.0.0.1:PORT
#
# The machine's box is the local one built by build-box.sh (made or reused first) for the Debian
# release NETSPEC_VM_RELEASE (default bookworm; bullseye, trixie, forky, sid). Without COMMAND the
# machine stays up until standard input ends (Ctrl-D). Runs of different releases may be up at once.
#
# Everything with a private address (libvirt's management network, its dnsmasq, the guest)
# lives in a network namespace made here, with its own mount namespace (private /run, and the
# directories libvirt keeps its state in bound to a directory of this run) and PID namespace
# (whatever is left there dies with it). libvirtd and virtlogd are started there with -d: no
# systemd. COMMAND finds, in its environment:
#   NETSPEC_SSH_CONFIG   an ssh_config for the machine (`ssh -F "$NETSPEC_SSH_CONFIG" MACHINE ...`)
#   NETSPEC_VM_MACHINE   the machine's name
#   VAGRANT_CWD VAGRANT_HOME VAGRANT_DOTFILE_PATH NETSPEC_BOX   so that `vagrant ...` finds the
#                        machine (in the namespace only: vagrant talks to libvirt's private socket)
# With --relay, the ssh_config names 127.0.0.1:PORT, relayed through a unix socket to the guest's port 22.
#
# Environment: NETSPEC_VM_CACHE (box, Vagrant's boxes, this run's state; default /var/cache/netspec-vm),
# NETSPEC_VM_LOG_DIR (consoles and daemon logs of the last run; default $NETSPEC_VM_CACHE/logs),
# and the Vagrantfile's own (NETSPEC_VM_ACCEL, NETSPEC_VM_MEMORY, NETSPEC_VM_CPUS).
# Needs root and: vagrant vagrant-libvirt libvirt-daemon libvirt-daemon-driver-qemu qemu-system-x86
# dnsmasq-base iptables util-linux socat, plus what build-box.sh needs.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cache=${NETSPEC_VM_CACHE:-/var/cache/netspec-vm}
log_dir=${NETSPEC_VM_LOG_DIR:-$cache/logs}
# the release of a netspec box named in NETSPEC_BOX (netspec-trixie) stands when NETSPEC_VM_RELEASE is unset
box_release=""
if [[ "${NETSPEC_BOX:-}" == netspec-* ]]; then box_release=${NETSPEC_BOX#netspec-}; fi
release=${NETSPEC_VM_RELEASE:-${box_release:-bookworm}}
export NETSPEC_BOX=netspec-$release
export VAGRANT_HOME=$cache/vagrant.d
export VAGRANT_CWD=$here
export VAGRANT_DEFAULT_PROVIDER=libvirt
export VAGRANT_CHECKPOINT_DISABLE=1 VAGRANT_NO_COLOR=1

log() { printf 'up-local: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

# Prints each line of standard input with the seconds since $1 (a $SECONDS reading).
# A progress meter's redrawn line keeps only its last state.
stamped() {
  local start=$1 line
  while IFS= read -r line; do
    line=${line##*$'\r'}
    printf '[%4d s] %s\n' $((SECONDS - start)) "${line//$'\e'\[K/}"
  done
}

# ---- inside the namespaces (PID 1 of its PID namespace) ----

# Puts libvirt's configuration, state, logs and sockets in this run's directory.
private_libvirt_dirs() {
  local state=$1 d
  mount -t tmpfs -o mode=755 tmpfs /run
  mkdir -p "$state/etc" "$state/lib" "$state/log" "$state/cache"
  cp -a /etc/libvirt/. "$state/etc/"
  # libvirt's "default" network is not needed: vagrant-libvirt makes its own
  rm -rf "$state/etc/qemu/networks/autostart"
  cat >"$state/etc/qemu.conf" <<'EOF'
# netspec: qemu runs as root, unconfined, in a namespace of its own run
user = "root"
group = "root"
security_driver = "none"
remember_owner = 0
EOF
  cat >"$state/etc/libvirtd.conf" <<'EOF'
log_outputs = "3:file:/var/log/libvirt/libvirtd.log"
EOF
  for d in /etc/libvirt:etc /var/lib/libvirt:lib /var/log/libvirt:log /var/cache/libvirt:cache; do
    mkdir -p "${d%%:*}"
    mount --bind "$state/${d#*:}" "${d%%:*}"
  done
  # libvirtd resolves its built-in qemu user before it reads qemu.conf; the user comes with
  # libvirt-daemon-system, which would also install an init system here: a private passwd has it
  if ! getent passwd libvirt-qemu >/dev/null; then
    cp /etc/passwd "$state/passwd"
    cp /etc/group "$state/group"
    echo 'libvirt-qemu:x:64055:64055:Libvirt Qemu:/var/lib/libvirt:/usr/sbin/nologin' >>"$state/passwd"
    echo 'libvirt-qemu:x:64055:' >>"$state/group"
    mount --bind "$state/passwd" /etc/passwd
    mount --bind "$state/group" /etc/group
  fi
}

start_libvirt() {
  virtlogd -d
  libvirtd -d
  for _ in $(seq 60); do
    virsh -q -c qemu:///system version >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  die "libvirtd did not answer on its socket within 30 s (see $log_dir/libvirtd.log)"
}

stop_pid_file() {
  local pid
  pid=$(cat "$1" 2>/dev/null) || return 0
  kill "$pid" 2>/dev/null || return 0
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
}

inside_teardown() {
  local state=$1 machine=$2 t=$SECONDS
  set +e
  # an interrupted `vagrant up` holds the machine's lock: end it first
  if [[ -n "${vagrant_up:-}" ]] && kill -0 "$vagrant_up" 2>/dev/null; then
    kill -INT "$vagrant_up"
    wait "$vagrant_up"
  fi
  if [[ -e "$state/booting" ]]; then
    vagrant destroy -f "$machine" </dev/null 2>&1 | stamped "$t"
    log "stage teardown (vagrant destroy): $((SECONDS - t)) s"
  fi
  stop_pid_file /run/libvirtd.pid
  stop_pid_file /run/virtlogd.pid
  mkdir -p "$log_dir"
  cp "$state"/log/*.log "$state"/log/qemu/*.log "$log_dir/" 2>/dev/null
}

inside() {
  # globals: the EXIT trap reads them after this function is gone
  state=$1 machine=$2
  local relay=$3 t
  trap 'inside_teardown "$state" "$machine"' EXIT
  trap 'exit 143' TERM INT
  # The end of the pipe from the outer script (it ended, failed or was killed, even with
  # SIGKILL) ends this side at once, whatever it is doing: a trapped TERM interrupts `wait`.
  # (fd 8: a background job's standard input is /dev/null)
  exec 8<&0
  { cat <&8 >/dev/null; kill -TERM $$; } &
  local watcher=$!
  ip link set lo up
  private_libvirt_dirs "$state"
  export NETSPEC_VM_LOG_DIR=$state/log
  export VAGRANT_DOTFILE_PATH=$state/dot-vagrant
  start_libvirt

  t=$SECONDS
  touch "$state/booting"
  # vagrant's own lines, with the seconds since `vagrant up` began: the stages of the boot;
  # in the background, so that a TERM from the outer script is handled at once
  vagrant up "$machine" --provider libvirt </dev/null > >(stamped "$t") 2>&1 &
  vagrant_up=$!
  wait "$vagrant_up" || die "vagrant up $machine failed (console: $log_dir/$machine.console.log)"
  vagrant_up=
  log "stage boot (vagrant up, ssh ready, provisioned): $((SECONDS - t)) s"
  vagrant ssh-config "$machine" </dev/null >"$state/ssh-config"

  if [[ -n "$relay" ]]; then
    local guest
    guest=$(awk '$1 == "HostName" { print $2; exit }' "$state/ssh-config")
    socat "UNIX-LISTEN:$state/ssh.sock,fork,mode=600" "TCP:$guest:22" &
  fi
  touch "$state/ready"
  wait "$watcher"
}

# ---- here, in this machine's namespaces ----

# Adds the box to Vagrant unless that very build is there already.
add_box() {
  local box=$1 have
  have=$(cat "$VAGRANT_HOME/boxes/$NETSPEC_BOX/0/libvirt/netspec-recipe" 2>/dev/null || true)
  [[ "$have" == "$(cat "$box.recipe")" ]] && return 0
  local t=$SECONDS
  vagrant box add --force --name "$NETSPEC_BOX" "$box" </dev/null >/dev/null
  log "stage box add: $((SECONDS - t)) s"
}

# The state of runs whose script was killed outright (SIGKILL): their namespaces are gone
# with their processes, their files are not.
remove_abandoned_runs() {
  local dir owner
  for dir in "$cache"/run.*; do
    [[ -d "$dir" ]] || continue
    owner=$(cat "$dir/owner" 2>/dev/null || true)
    if [[ -z "$owner" ]] || ! kill -0 "$owner" 2>/dev/null; then rm -rf "$dir"; fi
  done
}

wait_ready() {
  local state=$1 inner=$2
  until [[ -e "$state/ready" ]]; do
    kill -0 "$inner" 2>/dev/null || return 1
    sleep 1
  done
}

# Writes an ssh_config that reaches the guest through the relay on 127.0.0.1:PORT.
relayed_ssh_config() {
  awk -v port="$2" '$1 == "HostName" { print "  HostName 127.0.0.1"; next }
                    $1 == "Port" { print "  Port " port; next } { print }' "$1"
}

main() {
  local relay="" machine
  if [[ "${1:-}" == --relay ]]; then relay=${2:?--relay needs a port}; shift 2; fi
  machine=${1:?usage: up-local.sh [--relay PORT] MACHINE [-- COMMAND...]}
  shift
  [[ "${1:-}" == -- ]] && shift
  [[ $(id -u) == 0 ]] || die "run as root (libvirtd, namespaces)"
  local tool
  for tool in vagrant libvirtd virtlogd virsh unshare nsenter socat qemu-system-x86_64; do
    command -v "$tool" >/dev/null || die "$tool is missing (see the package list at the top of $0)"
  done
  case "$machine" in
    pause | ipvs | flannel | bash | ebpf) ;;
    *) die "unknown machine '$machine' (pause, ipvs, flannel, bash or ebpf)" ;;
  esac

  local box
  box=$(bash "$here/build-box.sh" "$release")
  add_box "$box"

  mkdir -p "$log_dir"
  rm -f "$log_dir"/*.log
  remove_abandoned_runs
  state=$(mktemp -d "$cache/run.XXXXXX")
  echo $$ >"$state/owner"
  trap 'outer_teardown' EXIT
  trap 'exit 143' TERM
  trap 'exit 130' INT
  mkfifo "$state/hold"
  unshare --net --mount --pid --fork --mount-proc --propagation private -- \
    bash "$0" --inside "$state" "$machine" "$relay" <"$state/hold" &
  inner=$!
  exec 9>"$state/hold"
  wait_ready "$state" "$inner" || die "the machine did not come up"

  local config=$state/ssh-config
  if [[ -n "$relay" ]]; then
    socat "TCP-LISTEN:$relay,bind=127.0.0.1,reuseaddr,fork" "UNIX-CONNECT:$state/ssh.sock" &
    relay_pid=$!
    relayed_ssh_config "$state/ssh-config" "$relay" >"$state/ssh-config.relay"
    config=$state/ssh-config.relay
  fi
  export NETSPEC_SSH_CONFIG=$config NETSPEC_VM_MACHINE=$machine VAGRANT_DOTFILE_PATH=$state/dot-vagrant
  log "machine $machine is up; ssh -F $config $machine"

  local status=0
  if [[ $# == 0 ]]; then
    log "holding it up until standard input ends (Ctrl-D)"
    cat >/dev/null || true
  elif [[ -n "$relay" ]]; then
    "$@" || status=$?
  else
    # all three namespaces: in the mount namespace /proc is that of the PID namespace, and
    # a process outside it would find no /proc/self there (the JVM's launcher needs it)
    local first
    first=$(<"/proc/$inner/task/$inner/children")
    first=${first%% *}
    nsenter --target "$first" --net --mount --pid --wd="$PWD" -- "$@" || status=$?
  fi
  exit "$status"
}

outer_teardown() {
  local status=$?
  set +e
  if [[ -n "${relay_pid:-}" ]]; then kill "$relay_pid" 2>/dev/null; fi
  # the namespace's side sees the end of its pipe and tears the machine down, booted or not
  exec 9>&-
  if [[ -n "${inner:-}" ]]; then
    wait "$inner" 2>/dev/null
  fi
  rm -rf "$state"
  exit "$status"
}

if [[ "${1:-}" == --inside ]]; then
  shift
  inside "$@"
else
  main "$@"
fi
