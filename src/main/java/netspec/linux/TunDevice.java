package netspec.linux;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A tun or tap device as {@code ip -j -d link show} prints it: both are of kind "tun", told apart by
 * {@code info_data.type}. A tun carries bare IP packets, so the kernel gives it no MAC address, link type
 * "none" and the flags POINTOPOINT and NOARP; a tap carries Ethernet frames like any NIC.
 */
public record TunDevice(String type, boolean persistent, boolean packetInfo, Link link) {

    /** The tun view of a link, or empty when the link is no tun/tap device (or was read without -d). */
    public static Optional<TunDevice> of(Link link) {
        if (!"tun".equals(link.kind())) {
            return Optional.empty();
        }
        JsonNode data = link.linkinfo().data();
        return Optional.of(new TunDevice(data.path("type").asText(""), data.path("persist").asBoolean(false),
                data.path("pi").asBoolean(false), link));
    }

    public boolean isTun() {
        return "tun".equals(type);
    }

    public boolean isTap() {
        return "tap".equals(type);
    }

    /** What the kernel shows of a layer-3 device: no MAC, link type none, point-to-point, no ARP. */
    public boolean looksLayer3() {
        return link.address() == null && "none".equals(link.linkType())
                && link.hasFlag("POINTOPOINT") && link.hasFlag("NOARP");
    }

    /** What the kernel shows of an Ethernet device: a MAC, link type ether, broadcast, ARP. */
    public boolean looksLayer2() {
        return link.address() != null && "ether".equals(link.linkType())
                && link.hasFlag("BROADCAST") && !link.hasFlag("NOARP");
    }
}
