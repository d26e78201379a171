#!/usr/bin/env bash
# Builds a Vagrant box for the libvirt provider from Debian packages alone: a Debian release
# with its stock kernel and the tools the specs need (provision.sh), so that the specs can run
# on a kernel that has what the machine running them may lack (bonding, 8021q, IPVS...), and
# on the kernel of each release a platform may upgrade from or to.
#
#   vagrant/build-box.sh [RELEASE]  # prints the path of the box netspec-RELEASE, building it only when needed
#
# RELEASE: bullseye (kernel 5.10), bookworm (6.1, the default), trixie (6.12), forky (testing) or
# sid (unstable): whatever the Debian mirror apt uses here serves.
#
# No loop device, no network namespace, no bootloader: debootstrap fills a directory,
# `mkfs.ext4 -d` turns it into a filesystem image, `qemu-img` into qcow2, and the box's own
# Vagrantfile boots the kernel and initrd it carries (libvirt's direct kernel boot).
# The box is kept in NETSPEC_VM_CACHE and rebuilt only when this script or provision.sh changed.
# Needs root and: debootstrap e2fsprogs qemu-utils util-linux (unshare) openssh-client (ssh-keygen).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
release=${1:-bookworm}
cache=${NETSPEC_VM_CACHE:-/var/cache/netspec-vm}
case "$release" in
  bullseye | bookworm | trixie) debootstrap_script="" ;;
  # Debian 12's debootstrap has no script for testing's codename; sid's fits both
  forky | sid) debootstrap_script=/usr/share/debootstrap/scripts/sid ;;
  --fill-root) ;;
  *)
    echo "build-box: unknown release '$release' (bullseye, bookworm, trixie, forky or sid)" >&2
    exit 2
    ;;
esac
suite=$release
box_name=netspec-$release
disk_size=8G
# the root filesystem is the whole disk (no partition table): the kernel's command line names it
cmd_line="root=/dev/vda rw console=ttyS0 net.ifnames=0 quiet"

box=$cache/$box_name.box
recipe_hash=$( (cat "$here/build-box.sh" "$here/provision.sh"; echo "$release") | sha256sum | cut -c1-16)

log() { printf 'build-box: %s\n' "$*" >&2; }

# The mirror apt uses on this machine, so that the box needs no other source.
debian_mirror() {
  local uri
  uri=$(grep -hs -m1 -E '^URIs:.*/debian/?$' /etc/apt/sources.list.d/*.sources || true)
  uri=${uri#URIs:}
  if [[ -z "${uri// /}" ]]; then
    uri=$(awk '$1 == "deb" && $3 == "'"$suite"'" { print $2; exit }' /etc/apt/sources.list 2>/dev/null || true)
  fi
  echo "${uri:-http://deb.debian.org/debian}" | awk '{ print $1 }'
}

# Runs in a private mount namespace: what it mounts into the chroot vanishes with it,
# even when the build is interrupted.
fill_root() {
  local root=$1 mirror=$2 key=$3
  suite=$4 box_name=netspec-$4
  mount -t proc proc "$root/proc"
  mount -t sysfs sysfs "$root/sys"
  mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts"
  # one package cache per release: builds of different releases may run at once (apt locks its cache)
  mkdir -p "$cache/apt-archives/$suite/partial"
  mount --bind "$cache/apt-archives/$suite" "$root/var/cache/apt/archives"
  # no service starts inside the chroot
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
  echo "deb $mirror $suite main" >"$root/etc/apt/sources.list"
  # The mirror's testing and unstable Release files can be past their Valid-Until (seen: weeks)
  if [[ $suite == forky || $suite == sid ]]; then
    echo 'Acquire::Check-Valid-Until "false";' >"$root/etc/apt/apt.conf.d/99netspec-valid-until"
  fi

  in_root apt-get update -qq
  # apt's and the packages' scripts' output: shown when the build fails
  local apt_log
  apt_log=$(dirname "$root")/packages.log
  in_root apt-get install -y -qq --no-install-recommends initramfs-tools zstd >>"$apt_log" 2>&1
  # Only what a libvirt guest needs to mount its root: a small initramfs, built in seconds
  # instead of minutes (MODULES=most packs every storage driver).
  echo 'MODULES=list' >"$root/etc/initramfs-tools/conf.d/netspec.conf"
  printf '%s\n' virtio_pci virtio_blk virtio_scsi sd_mod ext4 >>"$root/etc/initramfs-tools/modules"

  log "installing the kernel, systemd and sshd"
  # openssh-client: the scp that Vagrant's shell provisioner runs on the guest (a sid box
  # without recommended packages had none)
  in_root apt-get install -y -qq --no-install-recommends \
    linux-image-amd64 systemd-sysv udev dbus openssh-server openssh-client openssh-sftp-server sudo >>"$apt_log" 2>&1
  log "installing the specs' tools (provision.sh)"
  cp "$here/provision.sh" "$root/tmp/provision.sh"
  in_root env NETSPEC_PROVISION_CHROOT=1 bash /tmp/provision.sh
  rm -f "$root/tmp/provision.sh" "$root/usr/sbin/policy-rc.d"
  # the downloaded packages stay in the cache (a bind mount), out of the image
  rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin
  configure_guest "$root" "$key"
}

# runs a command in the chroot that fill_root is filling (its local $root)
in_root() { chroot "$root" "$@"; }

configure_guest() {
  local root=$1 key=$2
  echo "$box_name" >"$root/etc/hostname"
  printf '127.0.0.1 localhost\n127.0.1.1 %s\n' "$box_name" >"$root/etc/hosts"
  echo '/dev/vda / ext4 defaults 0 0' >"$root/etc/fstab"

  # DHCP on the first NIC; the client id is the MAC so that clones never share a lease
  cat >"$root/etc/systemd/network/10-netspec-dhcp.network" <<'EOF'
[Match]
Name=eth* en*

[Network]
DHCP=ipv4

[DHCPv4]
ClientIdentifier=mac
UseHostname=no
EOF
  chroot "$root" systemctl -q enable systemd-networkd
  # nothing here waits for "network online"; its 2-minute timeout would only slow the boot
  chroot "$root" systemctl -q mask systemd-networkd-wait-online

  # Each clone makes its own machine id at first boot. A shared id would give every clone
  # the same MAC addresses on its bridges and VXLAN devices (systemd derives them from it).
  : >"$root/etc/machine-id"
  mkdir -p "$root/var/lib/dbus"
  ln -sf /etc/machine-id "$root/var/lib/dbus/machine-id"

  # Each clone makes its own SSH host key at first boot: ed25519 only, as an RSA key
  # takes half a minute under software emulation.
  rm -f "$root"/etc/ssh/ssh_host_*
  cat >"$root/etc/systemd/system/ssh-host-keys.service" <<'EOF'
[Unit]
Description=Create the SSH host key of this clone
Before=ssh.service
ConditionPathExists=!/etc/ssh/ssh_host_ed25519_key

[Service]
Type=oneshot
ExecStart=/usr/bin/ssh-keygen -q -t ed25519 -N "" -f /etc/ssh/ssh_host_ed25519_key

[Install]
WantedBy=ssh.service
EOF
  chroot "$root" systemctl -q enable ssh-host-keys.service

  # the vagrant user: key login, passwordless sudo (what every Vagrant box provides)
  chroot "$root" useradd --create-home --shell /bin/bash vagrant
  install -d -m 700 -o 1000 -g 1000 "$root/home/vagrant/.ssh"
  install -m 600 -o 1000 -g 1000 "$key.pub" "$root/home/vagrant/.ssh/authorized_keys"
  echo 'vagrant ALL=(ALL) NOPASSWD: ALL' >"$root/etc/sudoers.d/vagrant"
  chmod 440 "$root/etc/sudoers.d/vagrant"
  printf 'UseDNS no\nHostKey /etc/ssh/ssh_host_ed25519_key\n' >"$root/etc/ssh/sshd_config.d/netspec.conf"
  # a boot service with nothing to do here (no e2scrub snapshots), 15 s under emulation
  chroot "$root" systemctl -q mask e2scrub_reap.service
}

# The box's own Vagrantfile: merged under the project's, it boots the kernel the box carries
# and logs in with the key made for this box.
write_box_vagrantfile() {
  cat >"$1" <<EOF
# Written by netspec's vagrant/build-box.sh.
Vagrant.configure("2") do |config|
  config.ssh.username = "vagrant"
  config.ssh.private_key_path = File.join(__dir__, "vagrant_key")
  config.ssh.insert_key = false
  # known, so Vagrant skips its guest detection (a minute of SSH round trips under emulation)
  config.vm.guest = :debian
  config.vm.provider :libvirt do |libvirt|
    libvirt.kernel = File.join(__dir__, "vmlinuz")
    libvirt.initrd = File.join(__dir__, "initrd.img")
    libvirt.cmd_line = "$cmd_line"
    libvirt.disk_bus = "virtio"
  end
end
EOF
}

# the build directories of builds whose script is gone (killed outright); a build under way is left alone
remove_abandoned_builds() {
  local dir pid
  for dir in "$cache"/build.*; do
    [[ -d "$dir" ]] || continue
    pid=${dir##*.}
    if ! kill -0 "$pid" 2>/dev/null; then rm -rf "$dir"; fi
  done
}

build() {
  work=$cache/build.$release.$$
  trap 'rm -rf "$work"' EXIT
  remove_abandoned_builds
  mkdir -p "$work/root" "$work/box" "$cache/debs"
  local root=$work/root mirror t0 t
  mirror=$(debian_mirror)

  t0=$SECONDS
  log "debootstrap $suite from $mirror"
  # in a mount namespace of its own: the /proc and /sys it mounts in the target vanish with it, even
  # when it is killed (seen: a killed debootstrap left /proc mounted under the build directory)
  # shellcheck disable=SC2086 # no script: the release's own
  unshare --mount --propagation private -- debootstrap --variant=minbase --cache-dir="$cache/debs" "$suite" "$root" "$mirror" $debootstrap_script >"$work/debootstrap.log" 2>&1 ||
    { tail -20 "$work/debootstrap.log" >&2; return 1; }
  log "stage debootstrap: $((SECONDS - t0)) s"

  t=$SECONDS
  ssh-keygen -q -t ed25519 -N '' -C "vagrant@$box_name" -f "$work/box/vagrant_key"
  unshare --mount --propagation private -- bash "$0" --fill-root "$root" "$mirror" "$work/box/vagrant_key" "$release" ||
    { tail -30 "$work/packages.log" >&2; return 1; }
  log "stage packages: $((SECONDS - t)) s"

  t=$SECONDS
  cp "$root"/boot/vmlinuz-* "$work/box/vmlinuz"
  cp "$root"/boot/initrd.img-* "$work/box/initrd.img"
  truncate -s "$disk_size" "$work/disk.raw"
  mkfs.ext4 -q -F -L netspec-root -d "$root" "$work/disk.raw"
  qemu-img convert -O qcow2 "$work/disk.raw" "$work/box/box.img"
  rm -f "$work/disk.raw"
  printf '{"provider": "libvirt", "format": "qcow2", "virtual_size": %d}\n' "${disk_size%G}" >"$work/box/metadata.json"
  write_box_vagrantfile "$work/box/Vagrantfile"
  echo "$recipe_hash" >"$work/box/netspec-recipe"
  tar -cf "$work/box.tar" -C "$work/box" metadata.json Vagrantfile box.img vmlinuz initrd.img vagrant_key netspec-recipe
  mv "$work/box.tar" "$box"
  echo "$recipe_hash" >"$box.recipe"
  log "stage image: $((SECONDS - t)) s ($(du -h "$box" | cut -f1) box, kernel $(ls "$root/lib/modules"))"
  log "built $box in $((SECONDS - t0)) s"
}

if [[ "${1:-}" == --fill-root ]]; then
  fill_root "$2" "$3" "$4" "$5"
  exit
fi

[[ $(id -u) == 0 ]] || { echo "build-box: run as root (debootstrap, chroot, file ownership in the image)" >&2; exit 1; }
mkdir -p "$cache"
if [[ -s "$box" && "$(cat "$box.recipe" 2>/dev/null)" == "$recipe_hash" ]]; then
  log "reusing $box (recipe $recipe_hash)"
else
  build
fi
echo "$box"
