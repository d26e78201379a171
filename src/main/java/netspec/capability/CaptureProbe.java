package netspec.capability;

/**
 * The tcpdump probe: a capture of one UDP datagram on the sandbox's loopback, written to a pcap file and read
 * back, exactly as the capture scenarios do it, as the runner's user. {@code command -v tcpdump} is not
 * enough: in a user namespace that maps only root (a runner without subordinate IDs) tcpdump cannot hand its
 * file to its own user nor drop to it ({@code initgroups}), because no other user exists there and setgroups
 * is denied.
 */
final class CaptureProbe {

    static final String COMMAND = "command -v tcpdump >/dev/null && rm -f /tmp/netspec-probe.pcap"
            + " && { timeout 5 tcpdump -i lo -p -nn -U -c 1 -w /tmp/netspec-probe.pcap udp port 9"
            + " 2>/tmp/netspec-probe.log & }"
            + " && for _ in $(seq 50); do grep -q listening /tmp/netspec-probe.log && break; sleep 0.1; done"
            + " && echo probe > /dev/udp/127.0.0.1/9 && wait"
            + " && tcpdump -nn -r /tmp/netspec-probe.pcap 2>&1 | grep -q 'UDP, length 6'"
            + " || { cat /tmp/netspec-probe.log >&2; false; }";

    static final String WHY_NOT = "tcpdump cannot capture here; in a user namespace that maps only root it cannot"
            + " drop to its own user: give the runner subordinate IDs (apt-get install uidmap, then usermod"
            + " --add-subuids 100000-165535 --add-subgids 100000-165535 USER), or run netspec as root, or over SSH with sudo";

    private CaptureProbe() {
    }
}
