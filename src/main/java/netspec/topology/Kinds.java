package netspec.topology;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import netspec.linux.Link;

/** The words a picture uses for what a device is: its kind, and the one setting that tells it apart. */
final class Kinds {

    private Kinds() {
    }

    static String kind(Link link) {
        String kind = link.kind();
        if (kind.isEmpty()) {
            return link.hasFlag("LOOPBACK") ? "loopback" : "device";
        }
        // tun and tap share one driver; its settings say which one this is
        return kind.equals("tun") ? link.linkinfo().data().path("type").asText("tun") : kind;
    }

    static String detail(Link link) {
        if (link.linkinfo() == null) {
            return "";
        }
        JsonNode data = link.linkinfo().data();
        return switch (link.kind()) {
            case "vxlan" -> "vni " + data.path("id").asText("?");
            case "vlan" -> "id " + data.path("id").asText("?");
            case "macvlan", "macvtap", "ipvlan", "ipvtap", "bond" -> data.path("mode").asText("");
            case "bridge" -> bridgeDetail(data);
            default -> "";
        };
    }

    /** A bridge port's STP state, a bond port's state; "" for a device that is no port. */
    static String portState(Link link) {
        if (link.slaveKind().isEmpty()) {
            return "";
        }
        return link.linkinfo().slaveData().path("state").asText("").toLowerCase();
    }

    private static String bridgeDetail(JsonNode data) {
        List<String> on = new ArrayList<>();
        if (data.path("stp_state").asInt() != 0) {
            on.add("stp");
        }
        if (data.path("vlan_filtering").asInt() != 0) {
            on.add("vlan filtering");
        }
        return String.join(", ", on);
    }
}
