#!/usr/bin/env bash
# Starts a throwaway OpenSSH server on 127.0.0.1 to run netspec over SSH: for .ci/run and the project's tests.
#
# Everything lives in DIR: its own host key, client key, authorized_keys and known_hosts. Root may log in
# with the client key. Two more users exist only inside sshd's private mount namespace (their /etc/passwd,
# /etc/shadow, /etc/group and /etc/sudoers.d lines are bind-mounted copies; the machine's /etc is untouched):
#   netspec        passwordless sudo, a ~/.bashrc that prints a line and exports a variable
#   netspec-nosudo no sudo rights (for the "sudo wants a password" message and for user-namespace sandboxes)
#
# Prints the settings as shell assignments, for: eval "$(.ci/sshd-fixture.sh DIR)"
#   NETSPEC_SSH_HOST NETSPEC_SSH_PORT NETSPEC_SSH_USER NETSPEC_SSH_KEY NETSPEC_SSH_KNOWN_HOSTS
#   NETSPEC_SSHD_PID  (stop it with: kill "$NETSPEC_SSHD_PID")
#   NETSPEC_SSHD_MAX_SESSIONS, when set, is the server's MaxSessions (default 10)
# Needs root and Debian's openssh-server (apt-get install openssh-server; sudo for the sudo user).
set -euo pipefail

dir=${1:?usage: $0 DIR}
sshd=/usr/sbin/sshd
if [ ! -x "$sshd" ]; then
  echo "$0: $sshd is missing; install it with: apt-get install openssh-server" >&2
  exit 2
fi
if [ "$(id -u)" != 0 ]; then
  echo "$0: must run as root (sshd binds its own keys and switches users)" >&2
  exit 2
fi
mkdir -p "$dir"
dir=$(realpath "$dir")
# sshd reads authorized_keys as the user who logs in: the folder must be searchable by all
chmod 755 "$dir"

ssh-keygen -q -t ed25519 -N '' -C netspec-fixture-host -f "$dir/host_key"
ssh-keygen -q -t ed25519 -N '' -C netspec-fixture-client -f "$dir/client_key"
cp "$dir/client_key.pub" "$dir/authorized_keys"
chmod 644 "$dir/authorized_keys"

# the users, as copies of /etc that only sshd's mount namespace sees
etc="$dir/etc"
mkdir -p "$etc/sudoers.d" "$dir/home"
cp /etc/passwd /etc/group /etc/shadow "$etc/"
cp -a /etc/sudoers.d/. "$etc/sudoers.d/"
uid=64000
while getent passwd "$uid" >/dev/null || getent passwd "$((uid + 1))" >/dev/null || getent group "$uid" >/dev/null \
    || getent group "$((uid + 1))" >/dev/null; do
  uid=$((uid + 2))
done
for user in netspec netspec-nosudo; do
  mkdir -p "$dir/home/$user"
  printf '%s:x:%d:%d:netspec fixture:%s:/bin/bash\n' "$user" "$uid" "$uid" "$dir/home/$user" >>"$etc/passwd"
  printf '%s:x:%d:\n' "$user" "$uid" >>"$etc/group"
  # '*': no password, but not locked (sshd without PAM refuses key logins to locked accounts)
  printf '%s:*:19000:0:99999:7:::\n' "$user" >>"$etc/shadow"
  # a ~/.bashrc like many people have: sshd's bash reads it even for a command, the sandbox must not care
  printf 'echo "netspec fixture: ~/.bashrc of %s was read"\nexport NETSPEC_FIXTURE_BASHRC=read\n' "$user" \
    >"$dir/home/$user/.bashrc"
  chown -R "$uid:$uid" "$dir/home/$user"
  uid=$((uid + 1))
done
printf 'netspec ALL=(ALL:ALL) NOPASSWD: ALL\n' >"$etc/sudoers.d/netspec-fixture"
chmod 440 "$etc/sudoers.d/netspec-fixture"

# sshd insists on its privilege separation folder (Debian's service unit would create it)
mkdir -p /run/sshd
chmod 755 /run/sshd

start_sshd() {
  local port=$1
  cat >"$dir/sshd_config" <<EOF
ListenAddress 127.0.0.1:$port
HostKey $dir/host_key
PidFile none
AuthorizedKeysFile $dir/authorized_keys
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
PrintMotd no
PrintLastLog no
X11Forwarding no
AllowTcpForwarding no
# notice a client that vanished without closing its connection: its sandboxes then end within about 20 s
# (OpenSSH 9.2 probes every second interval, and gives up after ClientAliveCountMax + 1 probes)
ClientAliveInterval 3
ClientAliveCountMax 2
LogLevel VERBOSE
# sshd's default is 10; a lower one shows netspec queueing sandboxes beyond it
MaxSessions ${NETSPEC_SSHD_MAX_SESSIONS:-10}
EOF
  # unshare without --fork execs, so $! is sshd's own PID
  # shellcheck disable=SC2016 # the inner script expands its own arguments
  unshare --mount --propagation private -- /bin/sh -c '
    etc=$1; shift
    for f in passwd group shadow; do mount --bind "$etc/$f" "/etc/$f"; done
    mount --bind "$etc/sudoers.d" /etc/sudoers.d
    exec "$@"' sh "$etc" "$sshd" -D -f "$dir/sshd_config" -E "$dir/sshd.log" </dev/null >/dev/null 2>&1 &
  pid=$!
}

# a free port: try a few at random, sshd itself says whether the bind worked
for _ in 1 2 3 4 5 6 7 8; do
  port=$((20000 + RANDOM % 40000))
  if [ -n "$(ss -Htln "sport = :$port")" ]; then
    continue
  fi
  : >"$dir/sshd.log"
  start_sshd "$port"
  for _ in $(seq 100); do
    if ! kill -0 "$pid" 2>/dev/null || grep -q 'Server listening' "$dir/sshd.log"; then
      break
    fi
    sleep 0.05
  done
  if kill -0 "$pid" 2>/dev/null && grep -q 'Server listening' "$dir/sshd.log"; then
    printf '[127.0.0.1]:%d %s\n' "$port" "$(cut -d' ' -f1,2 "$dir/host_key.pub")" >"$dir/known_hosts"
    printf "export %s=%q\n" NETSPEC_SSH_HOST 127.0.0.1 NETSPEC_SSH_PORT "$port" NETSPEC_SSH_USER root \
      NETSPEC_SSH_KEY "$dir/client_key" NETSPEC_SSH_KNOWN_HOSTS "$dir/known_hosts" NETSPEC_SSHD_PID "$pid"
    exit 0
  fi
  kill "$pid" 2>/dev/null || true
done
echo "$0: sshd did not start; its log says:" >&2
cat "$dir/sshd.log" >&2
exit 1
