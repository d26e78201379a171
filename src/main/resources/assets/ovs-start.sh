#!/bin/sh
# Starts an Open vSwitch of its own under DIR: its database, ovsdb-server and ovs-vswitchd, each daemon
# detached once it is ready (so the next command finds its socket), pidfiles, logs and control sockets in DIR.
# Used by netspec.kernel.OpenVswitch for a scenario's bridges and by the probe of the capability openvswitch.
# Their processes end with the sandbox's PID namespace.
#   ovs-start.sh DIR
set -e
dir=${1:?usage: ovs-start.sh DIR}
mkdir -p "$dir"
ovsdb-tool create "$dir/conf.db" /usr/share/openvswitch/vswitch.ovsschema
ovsdb-server "$dir/conf.db" --remote="punix:$dir/db.sock" --unixctl="$dir/ovsdb-server.ctl" \
  --pidfile="$dir/ovsdb-server.pid" --log-file="$dir/ovsdb-server.log" --detach --no-chdir
ovs-vsctl --db="unix:$dir/db.sock" --timeout=30 --no-wait init
# OVS_RUNDIR: the bridges' management sockets go to DIR too, not /run/openvswitch
OVS_RUNDIR=$dir ovs-vswitchd "unix:$dir/db.sock" --unixctl="$dir/vswitchd.ctl" \
  --pidfile="$dir/ovs-vswitchd.pid" --log-file="$dir/ovs-vswitchd.log" --detach --no-chdir
