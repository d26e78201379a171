#!/usr/bin/env bash
# Runs the README's two commands, in its order, as a newcomer would, in a bare Debian root (.ci/bare-root.sh: minbase
# bookworm plus Java 17, Maven and git; no ping, tcpdump or iproute2), and checks that netspec set the root up
# itself and that the bridge-learning example passed there.
#
# The cached root is never changed: a throwaway overlay lies on top of it, in a private mount namespace whose
# root is that overlay (a mount point, made the namespace's root by pivot_root). The project is copied in (its
# tracked and new files); the host's ~/.m2 serves as Maven's cache. Results land in DIR (default target/bare).
# Needs root.
set -euo pipefail
cd "$(dirname "$0")/.."

out=$(realpath -m "${1:-target/bare}")
root=$(.ci/bare-root.sh)
rm -rf "$out"
mkdir -p "$out/upper" "$out/work" "$out/merged" "$out/project"
git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$out/project"
mkdir -p "$HOME/.m2"

# shellcheck disable=SC2016 # the inner script expands its own arguments
unshare --mount --propagation private -- bash -euo pipefail -c '
  root=$1 out=$2 m2=$3
  m=$out/merged
  mount -t overlay netspec-bare -o "lowerdir=$root,upperdir=$out/upper,workdir=$out/work" "$m"
  mount -t proc proc "$m/proc"
  mount -t sysfs sysfs "$m/sys"
  mount --rbind /dev "$m/dev"
  mount -t tmpfs -o mode=1777 tmp "$m/tmp"
  mount -t tmpfs -o mode=0755 run "$m/run"
  mkdir -p "$m/root/netspec" "$m/root/.m2"
  mount --bind "$out/project" "$m/root/netspec"
  mount --bind "$m2" "$m/root/.m2"
  cp /etc/resolv.conf "$m/etc/resolv.conf"
  # pivot_root, not chroot: the kernel refuses user namespaces to a chrooted process, and the tests that run
  # as nobody need one, as they would on a newcomer'"'"'s machine
  mkdir -p "$m/.old-root"
  cd "$m"
  pivot_root . .old-root
  umount -l /.old-root
  rmdir /.old-root
  exec /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 bash -c "cd /root/netspec && mvn -B -ntp verify -Pfeatures && mvn -B -ntp test"
' bash "$root" "$out" "$HOME/.m2" 2>&1 | tee "$out/mvn.log"

results="$out/project/target/netspec-results/local.tsv"
grep -q $'\tstate=complete' "$results" || { echo "bare root: the run did not complete: $(head -1 "$results")" >&2; exit 1; }
example='The bridge learns each MAC address on the port it came from'
grep -q $'^features/interfaces/bridge.feature:[0-9]*\tPASSED\t'"$example" "$results" \
  || { echo "bare root: the bridge-learning example did not pass: $(grep -F "$example" "$results")" >&2; exit 1; }
grep '^netspec: install' "$out/mvn.log" || true
echo "bare root: the README's two commands passed; the bridge learns each MAC address: PASSED"
