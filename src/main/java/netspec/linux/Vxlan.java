package netspec.linux;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A VXLAN device's settings, from the {@code info_data} that {@code ip -j -d link show} prints for a device of
 * kind "vxlan": its VNI ({@code id}), the UDP destination port, the underlay device it is bound to
 * ({@code link}, null when unbound) and whether it learns remote MACs from the datagrams it receives.
 */
public record Vxlan(long vni, int port, String underlay, boolean learning) {

    /** The VXLAN view of a link, or empty when it is no vxlan (or was read without -d). */
    public static Optional<Vxlan> of(Link link) {
        if (!"vxlan".equals(link.kind())) {
            return Optional.empty();
        }
        JsonNode data = link.linkinfo().data();
        JsonNode underlay = data.path("link");
        return Optional.of(new Vxlan(data.path("id").asLong(-1), data.path("port").asInt(-1),
                underlay.isTextual() ? underlay.asText() : null, data.path("learning").asBoolean(true)));
    }

    @Override
    public String toString() {
        return "VNI " + vni + ", UDP port " + port + ", over " + (underlay == null ? "no device" : underlay)
                + ", learning " + (learning ? "on" : "off");
    }
}
