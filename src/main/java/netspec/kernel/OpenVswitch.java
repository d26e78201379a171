package netspec.kernel;

import java.util.List;
import java.util.stream.Collectors;

import netspec.evidence.Facts;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.evidence.args.InterfaceName;
import netspec.lab.Assets;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.lab.Readings;
import netspec.linux.OvsFdbEntry;
import netspec.shell.CommandResult;

/**
 * Open vSwitch bridges in the sandbox's host namespace, switched by an ovsdb-server and ovs-vswitchd of the
 * scenario's own (started with its first bridge, ended with the sandbox) with the userspace datapath
 * ({@code datapath_type=netdev}): it needs no kernel module, so it runs wherever the package is installed.
 *
 * <pre>{@code
 * ovs.createBridge(ovs0);               // ovs-vsctl add-br ovs0 -- set bridge ovs0 datapath_type=netdev
 * ovs.addPort(ovs0, ovp1);              // ovs-vsctl add-port ovs0 ovp1
 * ovs.expectLearned(ovs0, eth0InNs1, ovp1);   // ovs-appctl fdb/show ovs0, ports named by ovs-vsctl
 * }</pre>
 */
public final class OpenVswitch {

    /** In the sandbox's own /tmp: the database, its socket and the daemons' control sockets. */
    private static final String DIR = "/tmp/netspec-ovs";
    private static final String DB = "--db=unix:" + DIR + "/db.sock";
    /** How long ovs-vsctl waits for ovs-vswitchd to apply a change (it answers in milliseconds). */
    private static final String TIMEOUT = "--timeout=30";

    private final Lab lab;
    private final Links links;
    private boolean started;

    public OpenVswitch(Lab lab, Links links) {
        this.lab = lab;
        this.links = links;
    }

    public void createBridge(InterfaceName bridge) {
        start();
        lab.run("creating Open vSwitch bridge " + bridge, Place.HOST, "ovs-vsctl", DB, TIMEOUT, "add-br",
                bridge.value(), "--", "set", "bridge", bridge.value(), "datapath_type=netdev");
    }

    /** A device of the host namespace becomes a port; ovs-vswitchd sets its PROMISC flag. */
    public void addPort(InterfaceName bridge, InterfaceName port) {
        lab.run("adding " + port + " to Open vSwitch bridge " + bridge, Place.HOST, "ovs-vsctl", DB, TIMEOUT,
                "add-port", bridge.value(), port.value());
    }

    public void expectLearned(InterfaceName bridge, LinkRef station, InterfaceName port) {
        Reading<List<OvsFdbEntry>> table = read(bridge);
        String mac = links.macOf("Open vSwitch bridge " + bridge + " has learned the MAC address of " + station,
                station);
        expectLearned(table, bridge.value(), mac + " (" + station + ")", mac, port.value());
    }

    /** Its positive control: the table was read and holds other entries, so the address is missing from a table. */
    public void expectNotLearned(InterfaceName bridge, LinkRef station) {
        Reading<List<OvsFdbEntry>> table = read(bridge);
        String mac = links.macOf("Open vSwitch bridge " + bridge + " has not learned the MAC address of " + station,
                station);
        expectNotLearned(table, bridge.value(), mac + " (" + station + ")", mac);
    }

    static void expectLearned(Reading<List<OvsFdbEntry>> table, String bridge, String station, String mac,
                              String port) {
        Facts.expect("Open vSwitch bridge " + bridge + " has learned " + station + " on port " + port, table,
                entries -> entries.stream().anyMatch(e -> mac.equalsIgnoreCase(e.mac()) && port.equals(e.port())),
                entries -> describe(mac, entries));
    }

    static void expectNotLearned(Reading<List<OvsFdbEntry>> table, String bridge, String station, String mac) {
        Facts.expectAbsent("Open vSwitch bridge " + bridge + " has not learned " + station, table,
                new Facts.Control<>("the table was read and has learned other stations", entries -> !entries.isEmpty(),
                        entries -> "its table is empty: it has learned nothing at all"),
                entries -> entries.stream().noneMatch(e -> mac.equalsIgnoreCase(e.mac())),
                entries -> describe(mac, entries));
    }

    private static String describe(String mac, List<OvsFdbEntry> entries) {
        String found = entries.stream().filter(e -> mac.equalsIgnoreCase(e.mac()))
                .map(e -> e.mac() + " on " + e.port() + " (VLAN " + e.vlan() + ", age " + e.age() + ")")
                .collect(Collectors.joining("; "));
        return found.isEmpty() ? "no entry for " + mac + " among " + entries.size() + " entries" : found;
    }

    /** The learned addresses, and the port numbers' names: two reads, attached together. */
    private Reading<List<OvsFdbEntry>> read(InterfaceName bridge) {
        CommandResult fdb = lab.read(Place.HOST, "ovs-appctl", "-t", DIR + "/vswitchd.ctl", "fdb/show",
                bridge.value());
        CommandResult ports = lab.read(Place.HOST, "ovs-vsctl", DB, "--format=json", "--columns=name,ofport",
                "list", "Interface");
        Reading<String> fdbReading = new Reading<>(Place.HOST, fdb, fdb.stdout());
        Reading<String> portsReading = new Reading<>(Place.HOST, ports, ports.stdout());
        if (!fdb.succeeded() || !ports.succeeded()) {
            throw Facts.missing("the forwarding table of Open vSwitch bridge " + bridge,
                    "Open vSwitch bridge " + bridge, Readings.together(fdbReading, portsReading, ""));
        }
        return Readings.together(fdbReading, portsReading, OvsFdbEntry.parse(fdb.stdout(), ports.stdout()));
    }

    /** Once per scenario, by the script the capability's probe runs too. */
    private void start() {
        if (started) {
            return;
        }
        lab.run("starting Open vSwitch (ovsdb-server, ovs-vswitchd)", Place.HOST, "sh",
                Assets.install(lab, "ovs-start.sh"), DIR);
        started = true;
    }
}
