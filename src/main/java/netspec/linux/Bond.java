package netspec.linux;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A bond's settings and state, from the {@code info_data} that {@code ip -j -d link show} prints for a device
 * of kind "bond".
 *
 * <p>{@code activePort} is the port an active-backup bond sends on; iproute2 leaves {@code active_slave} out
 * when there is none (no port has a link, or the mode has no single active port), so it is null then.
 * {@code miimon} is how often, in ms, the bond checks its ports' carrier; 0 means never: `ip link add ... type
 * bond` leaves it at 0, and such a bond does not notice a port losing its link.
 */
public record Bond(String mode, String activePort, int miimon) {

    /** The bond view of a link, or empty when it is no bond (or was read without -d). */
    public static Optional<Bond> of(Link link) {
        if (!"bond".equals(link.kind())) {
            return Optional.empty();
        }
        JsonNode data = link.linkinfo().data();
        JsonNode active = data.path("active_slave");
        return Optional.of(new Bond(data.path("mode").asText(""), active.isTextual() ? active.asText() : null,
                data.path("miimon").asInt(-1)));
    }

    public Optional<String> active() {
        return Optional.ofNullable(activePort);
    }

    public boolean monitorsLinks() {
        return miimon > 0;
    }

    @Override
    public String toString() {
        return "mode " + mode + ", active port " + (activePort == null ? "none" : activePort) + ", miimon " + miimon;
    }
}
