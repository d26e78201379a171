package netspec.linux;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One VLAN of one bridge port, from {@code bridge -j vlan show}: the port (or the bridge itself) is a member of
 * VLAN {@code vid}. {@code pvid}: untagged frames arriving on the port are put into this VLAN.
 * {@code untagged}: frames of this VLAN leave the port without a tag; a member that is not is a tagged one.
 *
 * <p>iproute2 prints one object per port, {@code {"ifname": "veth1", "vlans": [{"vlan": 10, "flags":
 * ["PVID", "Egress Untagged"]}]}}, a tagged member without {@code flags}, and, with {@code -compressvlans}
 * only, a run of VLANs with the same flags as one entry ending at {@code vlanEnd}.
 */
public record BridgeVlan(String port, int vid, boolean pvid, boolean untagged) {

    /** The flattened table: one entry per port and VLAN. */
    static List<BridgeVlan> of(List<PortVlans> ports) {
        return ports.stream().flatMap(p -> p.vlans().stream().flatMap(v -> v.expand(p.ifname()).stream())).toList();
    }

    public boolean isTagged() {
        return !untagged;
    }

    @Override
    public String toString() {
        return port + " VLAN " + vid + (pvid ? " PVID" : "") + (untagged ? " untagged" : " tagged");
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PortVlans(String ifname, List<Entry> vlans) {
        PortVlans {
            vlans = vlans == null ? List.of() : List.copyOf(vlans);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(int vlan, @JsonProperty("vlanEnd") Integer vlanEnd, List<String> flags) {
        Entry {
            flags = flags == null ? List.of() : List.copyOf(flags);
        }

        List<BridgeVlan> expand(String port) {
            int last = vlanEnd == null ? vlan : vlanEnd;
            return IntStream.rangeClosed(vlan, last).mapToObj(vid -> new BridgeVlan(port, vid,
                    flags.contains("PVID"), flags.contains("Egress Untagged"))).toList();
        }
    }
}
