#!/usr/bin/env bash
# Builds (once) a bare Debian root like a newcomer's machine: debootstrap minbase bookworm plus Java 17,
# Maven and git, nothing else (no ping, tcpdump or iproute2). Prints the root's path.
#
# The root is cached under CACHE (default /var/cache/netspec-bare), keyed on this script's hash: a changed
# recipe builds a new root, an unchanged one costs nothing. The cached root is never written by a run;
# .ci/bare-run.sh lays a throwaway overlay on top of it.
# Needs root and debootstrap (apt-get install debootstrap).
set -euo pipefail

cache=${1:-/var/cache/netspec-bare}
mirror=${NETSPEC_BARE_MIRROR:-http://deb.debian.org/debian}
key=$(sha256sum "$0" | cut -c1-16)
root="$cache/$key"
if [ -f "$root/.netspec-bare-complete" ]; then
  echo "$root"
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "$0: must run as root (debootstrap)" >&2
  exit 2
fi
command -v debootstrap >/dev/null || { echo "$0: debootstrap is missing: apt-get install debootstrap" >&2; exit 2; }
# a half-built root resumes after debootstrap (its slow part)
if [ ! -f "$root.partial/.netspec-debootstrap-done" ]; then
  rm -rf "$root.partial"
  mkdir -p "$root.partial"
  debootstrap --variant=minbase bookworm "$root.partial" "$mirror" >&2
  touch "$root.partial/.netspec-debootstrap-done"
fi
cp /etc/resolv.conf "$root.partial/etc/resolv.conf"
# the newcomer's own set-up: Java 17, Maven and git, nothing the specs need (java's postinst wants /proc)
# shellcheck disable=SC2016 # the inner script expands its own arguments
unshare --mount --propagation private -- sh -c '
  mount -t proc proc "$1/proc"
  exec chroot "$1" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
    sh -c "apt-get update -qq && apt-get install -y -qq --no-install-recommends openjdk-17-jdk-headless maven git ca-certificates && apt-get clean"
' sh "$root.partial" >&2
touch "$root.partial/.netspec-bare-complete"
# older roots of this cache are other recipes: drop them
find "$cache" -mindepth 1 -maxdepth 1 -type d ! -name "$key" ! -name "$key.partial" -exec rm -rf {} +
mv "$root.partial" "$root"
echo "$root"
