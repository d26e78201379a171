package netspec.capability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import netspec.shell.ShellQuoting;

/**
 * The Open vSwitch probe: the switch started as a scenario starts it (assets/ovs-start.sh, the same script), a
 * bridge switched on with the userspace datapath, then both daemons stopped. In a subshell: the probes share
 * one shell, which its {@code exit} must not end.
 */
final class OpenVswitchProbe {

    private static final String DIR = "/tmp/netspec-ovs-probe";

    static final String COMMAND = "(sh -c " + ShellQuoting.quote(script()) + " ovs-start " + DIR
            + " && ovs-vsctl --db=unix:" + DIR + "/db.sock --timeout=30 add-br probe0"
            + " -- set bridge probe0 datapath_type=netdev && ip link show probe0 >/dev/null; s=$?;"
            + " kill $(cat " + DIR + "/ovs-vswitchd.pid " + DIR + "/ovsdb-server.pid 2>/dev/null) 2>/dev/null;"
            + " exit $s)";

    static final String WHY_NOT = "ovs-vswitchd could not switch a bridge with its userspace datapath here: it"
            + " needs /dev/net/tun";

    private OpenVswitchProbe() {
    }

    private static String script() {
        try (InputStream in = OpenVswitchProbe.class.getResourceAsStream("/assets/ovs-start.sh")) {
            if (in == null) {
                throw new IllegalStateException("no asset ovs-start.sh under src/main/resources/assets");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
