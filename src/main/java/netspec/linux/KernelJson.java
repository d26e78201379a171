package netspec.linux;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns the JSON printed by iproute2 ({@code ip -j ...}, {@code bridge -j ...}) into typed views.
 *
 * <p>Written against iproute2 6.1 and what it really prints: nothing at all when a device filter
 * matches nothing, {@code []} for an empty table, {@code {}} for each link dropped by
 * {@code ip -j link show type X}, and a lone {@code [} when the dump fails half-way (for
 * example {@code ip -j route show table 99} for a table that does not exist).
 */
public final class KernelJson {

    // Trailing tokens fail so that two outputs pasted together are not half read.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private KernelJson() {
    }

    /** {@code ip -j [-d] [-s] link show}. */
    public static List<Link> links(String json) {
        return parse(json, "links", Link.class, node -> { });
    }

    /** {@code ip -j addr show}, one entry per link. */
    public static List<AddressInfo> addresses(String json) {
        return parse(json, "addresses", AddressInfo.class, node -> { });
    }

    /** {@code ip -j [-4|-6] route show}. */
    public static List<Route> routes(String json) {
        return parse(json, "routes", Route.class, node -> { });
    }

    /** {@code ip -j neigh show}. */
    public static List<Neighbour> neighbours(String json) {
        return parse(json, "neighbours", Neighbour.class, KernelJson::nullsAreSetFlags);
    }

    /** {@code bridge -j fdb show}. */
    public static List<FdbEntry> fdb(String json) {
        return parse(json, "fdb entries", FdbEntry.class, node -> { });
    }

    /** {@code ip -j netns list-id}. */
    public static List<NamespaceId> namespaceIds(String json) {
        return parse(json, "namespace ids", NamespaceId.class, node -> { });
    }

    /** {@code bridge -j mdb show}: iproute2 wraps the entries as {@code [{"mdb": [...], "router": {...}}]}. */
    public static List<MdbEntry> mdb(String json) {
        return parse(json, "multicast database", MdbTable.class, node -> { }).stream()
                .flatMap(table -> table.mdb().stream()).toList();
    }

    /** {@code bridge -j vlan show}: one entry per port and VLAN (see {@link BridgeVlan}). */
    public static List<BridgeVlan> bridgeVlans(String json) {
        return BridgeVlan.of(parse(json, "bridge VLANs", BridgeVlan.PortVlans.class, node -> { }));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MdbTable(List<MdbEntry> mdb) {
        MdbTable {
            mdb = mdb == null ? List.of() : List.copyOf(mdb);
        }
    }

    /** {@code ip -j route get ADDRESS}. */
    public static List<RouteLookup> routeLookups(String json) {
        return parse(json, "route lookups", RouteLookup.class, node -> { });
    }

    /** {@code tc -j filter show dev X ingress}. */
    public static List<TcFilter> tcFilters(String json) {
        return parse(json, "tc filters", TcFilter.class, node -> { });
    }

    /** {@code tc -j qdisc show [dev X]}. */
    public static List<Qdisc> qdiscs(String json) {
        return parse(json, "qdiscs", Qdisc.class, node -> { });
    }

    private static <T> List<T> parse(String json, String what, Class<T> type, Consumer<ObjectNode> fixUp) {
        if (json == null) {
            throw new IllegalArgumentException("cannot parse " + what + " from: null");
        }
        if (json.isBlank()) {
            return List.of();
        }
        try {
            JsonNode root = MAPPER.readTree(json);
            if (!root.isArray()) {
                throw new IllegalArgumentException(message(what, json) + " (expected a JSON array)");
            }
            List<T> result = new ArrayList<>();
            for (JsonNode element : root) {
                if (!element.isObject()) {
                    throw new IllegalArgumentException(message(what, json) + " (expected objects in the array)");
                }
                if (element.isEmpty()) {
                    continue; // a link left out by a "type" filter
                }
                fixUp.accept((ObjectNode) element);
                result.add(MAPPER.treeToValue(element, type));
            }
            return List.copyOf(result);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(message(what, json), e);
        }
    }

    // iproute2 prints some neighbour flags as a key with a null value ("router": null).
    private static void nullsAreSetFlags(ObjectNode node) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getValue().isNull()) {
                field.setValue(node.booleanNode(true));
            }
        }
    }

    private static String message(String what, String json) {
        String start = json.length() > 200 ? json.substring(0, 200) : json;
        return "cannot parse " + what + " from: " + start;
    }
}
