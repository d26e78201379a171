package netspec.kernel;

import netspec.evidence.Facts;
import netspec.evidence.Place;
import netspec.lab.Lab;

/**
 * A namespace's own answers to ICMP echo requests: switched on or off (net.ipv4.icmp_echo_ignore_all), and
 * counted by the kernel in /proc/net/snmp (InEchos, OutEchoReps).
 *
 * <pre>{@code
 * icmpEcho.ignoreRequests(ns2);        // sysctl -w net.ipv4.icmp_echo_ignore_all=1   (in ns2)
 * icmpEcho.expectCounted(ns2, 3, 0);
 * }</pre>
 */
public final class IcmpEcho {

    private final Lab lab;

    public IcmpEcho(Lab lab) {
        this.lab = lab;
    }

    public void ignoreRequests(Place place) {
        lab.run("switching off the kernel's echo replies in " + place, place, "sysctl", "-w",
                "net.ipv4.icmp_echo_ignore_all=1");
    }

    public void answerRequests(Place place) {
        lab.run("switching on the kernel's echo replies in " + place, place, "sysctl", "-w",
                "net.ipv4.icmp_echo_ignore_all=0");
    }

    public void expectCounted(Place place, int requests, int replies) {
        Facts.expect("in " + place + " the kernel counted " + requests + " echo requests in (InEchos) and "
                        + replies + " echo replies out (OutEchoReps)", lab.kernel(place).snmp(),
                snmp -> snmp.counter("Icmp", "InEchos") == requests && snmp.counter("Icmp", "OutEchoReps") == replies,
                snmp -> "InEchos " + snmp.counter("Icmp", "InEchos") + ", OutEchoReps "
                        + snmp.counter("Icmp", "OutEchoReps"));
    }
}
