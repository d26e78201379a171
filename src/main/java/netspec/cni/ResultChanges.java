package netspec.cni;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a chained plugin changed in the result it was given (CNI specification 1.0.0, "Chained Plugins": a
 * plugin must pass through the previous result, adding or changing only what it did itself). Compares the
 * {@code prevResult} with the returned result field by field, list entries by position, and tells a plugin's
 * own changes from the rest:
 * <ul>
 *   <li>{@code tuning} may change the MAC address and MTU of the sandbox interface it tuned (CNI_IFNAME);</li>
 *   <li>{@code bandwidth} may append the ifb device it made on the host (an interface without a sandbox);</li>
 *   <li>any other plugin ({@code portmap}, {@code firewall}, yours) changes nothing in the result.</li>
 * </ul>
 */
public record ResultChanges(String type, List<Change> changes, List<Change> foreign) {

    private static final Pattern INTERFACE_FIELD = Pattern.compile("/interfaces/(\\d+)/(mac|mtu)");
    private static final Pattern INTERFACE = Pattern.compile("/interfaces/(\\d+)");

    /** One difference: a field or list entry added, removed or changed; absent sides are null. */
    public record Change(String path, JsonNode before, JsonNode after) {
        @Override
        public String toString() {
            return before == null ? path + " added: " + after
                    : after == null ? path + " removed: " + before
                    : path + ": " + before + " -> " + after;
        }
    }

    /** The changes plugin {@code type} made to {@code previous}, returning {@code returned}, called with CNI_IFNAME {@code ifname}. */
    public static ResultChanges of(String type, String ifname, JsonNode previous, JsonNode returned) {
        List<Change> changes = new ArrayList<>();
        diff("", previous, returned, changes);
        List<Change> foreign = changes.stream().filter(c -> !own(type, ifname, previous, c)).toList();
        return new ResultChanges(type, List.copyOf(changes), foreign);
    }

    /** Only the plugin's own changes, or none at all. */
    public boolean onlyOwn() {
        return foreign.isEmpty();
    }

    private static boolean own(String type, String ifname, JsonNode previous, Change change) {
        return switch (type) {
            case "tuning" -> {
                Matcher m = INTERFACE_FIELD.matcher(change.path());
                if (!m.matches() || change.after() == null) {
                    yield false;
                }
                JsonNode tuned = previous.path("interfaces").path(Integer.parseInt(m.group(1)));
                yield ifname.equals(tuned.path("name").asText()) && !tuned.path("sandbox").asText("").isEmpty();
            }
            case "bandwidth" -> INTERFACE.matcher(change.path()).matches() && change.before() == null
                    && change.after().path("sandbox").asText("").isEmpty();
            default -> false;
        };
    }

    private static void diff(String path, JsonNode before, JsonNode after, List<Change> changes) {
        if (before.isObject() && after.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = before.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String at = path + "/" + field.getKey();
                if (after.has(field.getKey())) {
                    diff(at, field.getValue(), after.get(field.getKey()), changes);
                } else {
                    changes.add(new Change(at, field.getValue(), null));
                }
            }
            after.fieldNames().forEachRemaining(name -> {
                if (!before.has(name)) {
                    changes.add(new Change(path + "/" + name, null, after.get(name)));
                }
            });
        } else if (before.isArray() && after.isArray()) {
            for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
                String at = path + "/" + i;
                if (i >= after.size()) {
                    changes.add(new Change(at, before.get(i), null));
                } else if (i >= before.size()) {
                    changes.add(new Change(at, null, after.get(i)));
                } else {
                    diff(at, before.get(i), after.get(i), changes);
                }
            }
        } else if (!before.equals(after)) {
            changes.add(new Change(path, before, after));
        }
    }
}
