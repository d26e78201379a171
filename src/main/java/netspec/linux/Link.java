package netspec.linux;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;

/**
 * One network device as printed by {@code ip -j -d link show}; {@code -s} adds {@link #stats64()}.
 *
 * <p>Fields iproute2 leaves out are null: {@code link} (no peer, or the peer is in another
 * namespace and only {@code linkIndex}/{@code linkNetnsid} are known), {@code master},
 * {@code address} (tun, whose {@code linkType} is "none" where an Ethernet device has "ether"),
 * {@code promiscuity}/{@code allmulti}/{@code linkinfo} without {@code -d},
 * {@code stats64} without {@code -s}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Link(
        int ifindex,
        String ifname,
        String link,
        @JsonProperty("link_index") Integer linkIndex,
        @JsonProperty("link_netnsid") Integer linkNetnsid,
        List<String> flags,
        int mtu,
        String master,
        String operstate,
        String address,
        @JsonProperty("link_type") String linkType,
        Integer promiscuity,
        Integer allmulti,
        LinkInfo linkinfo,
        Stats64 stats64) {

    public Link {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /** The driver kind ("bridge", "veth", "vxlan"...), or "" for a plain device such as lo. */
    public String kind() {
        return linkinfo == null || linkinfo.kind() == null ? "" : linkinfo.kind();
    }

    /** The kind of the master this device is enslaved to ("bridge" for a bridge port), or "". */
    public String slaveKind() {
        return linkinfo == null || linkinfo.slaveKind() == null ? "" : linkinfo.slaveKind();
    }

    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }

    /** Administratively up ({@code ip link set up}); says nothing about carrier. */
    public boolean isUp() {
        return hasFlag("UP");
    }

    /**
     * Whether the kernel reports the lower layer up. NO-CARRIER is printed only for links that are
     * administratively up, so a down link has neither NO-CARRIER nor LOWER_UP: it counts as no carrier.
     */
    public boolean hasCarrier() {
        return hasFlag("LOWER_UP") && !hasFlag("NO-CARRIER");
    }

    /**
     * Whether the device receives every frame. The PROMISC flag shows only what a user asked for;
     * the promiscuity counter also counts bridges and macvlans that turned it on, so it wins when
     * printed (with {@code -d}).
     */
    public boolean isPromiscuous() {
        return promiscuity != null ? promiscuity > 0 : hasFlag("PROMISC");
    }

    public long rxPackets() {
        return stats().rx().packets();
    }

    public long txPackets() {
        return stats().tx().packets();
    }

    /** The counters, failing clearly when the JSON came from {@code ip link} without {@code -s}. */
    public Stats64 stats() {
        if (stats64 == null) {
            throw new IllegalStateException("no stats for " + ifname + ": parse the output of `ip -j -s link show`");
        }
        return stats64;
    }

    /** {@code linkinfo}: the driver kind and its settings, kept as JSON because they vary by kind. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LinkInfo(
            @JsonProperty("info_kind") String kind,
            @JsonProperty("info_slave_kind") String slaveKind,
            @JsonProperty("info_data") JsonNode data,
            @JsonProperty("info_slave_data") JsonNode slaveData) {

        // Copies in and out keep the record immutable; an empty object lets callers use path("x") freely.
        public LinkInfo {
            data = copyOrEmpty(data);
            slaveData = copyOrEmpty(slaveData);
        }

        /** {@code info_data}, e.g. {@code data().path("id").asInt()} for a vxlan VNI; empty if absent. */
        @Override
        public JsonNode data() {
            return data.deepCopy();
        }

        /** {@code info_slave_data}, e.g. the bridge port state; empty if absent. */
        @Override
        public JsonNode slaveData() {
            return slaveData.deepCopy();
        }

        private static JsonNode copyOrEmpty(JsonNode node) {
            return node == null || node.isNull() ? JsonNodeFactory.instance.objectNode() : node.deepCopy();
        }
    }

    /** {@code stats64} from {@code ip -s}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Stats64(Counters rx, Counters tx) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Counters(long packets, long bytes, long errors, long dropped) {
    }
}
