package netspec.linux;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;

/**
 * A bridge port's settings and state, from the {@code info_slave_data} that {@code ip -j -d link show}
 * prints for a device whose master is a bridge.
 *
 * <p>{@code state} is the port's spanning-tree state: "disabled" (the port has no carrier, or is down),
 * "listening", "learning", "forwarding" or "blocking". Without STP a port goes straight from "disabled"
 * to "forwarding".
 */
public record BridgePort(String state, boolean learning, boolean hairpin, boolean isolated) {

    public static final Set<String> STATES = Set.of("disabled", "listening", "learning", "forwarding", "blocking");

    /** The port view of a link, or empty when the link is not a bridge port (or was read without -d). */
    public static Optional<BridgePort> of(Link link) {
        if (!"bridge".equals(link.slaveKind())) {
            return Optional.empty();
        }
        JsonNode data = link.linkinfo().slaveData();
        return Optional.of(new BridgePort(data.path("state").asText(""), data.path("learning").asBoolean(false),
                data.path("hairpin").asBoolean(false), data.path("isolated").asBoolean(false)));
    }

    public boolean isForwarding() {
        return "forwarding".equals(state);
    }

    public boolean isBlocking() {
        return "blocking".equals(state);
    }

    /** Listening or learning: STP has not yet decided whether the port forwards or blocks. */
    public boolean isSettling() {
        return "listening".equals(state) || "learning".equals(state);
    }
}
