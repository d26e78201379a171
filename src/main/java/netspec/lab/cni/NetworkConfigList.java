package netspec.lab.cni;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A network configuration list (CNI specification 1.0.0, "Network Configuration Lists"): a name, a cniVersion
 * and the plugins, in the order a runtime adds them. Filled in from a template with the placeholders of
 * {@link NetworkConfig}. What one plugin of the list gets on stdin is built as libcni builds it: the plugin's
 * own object, with the list's {@code name} and {@code cniVersion}, the previous result as {@code prevResult}
 * when there is one, and under {@code runtimeConfig} only the runtime's arguments for the capabilities the
 * plugin declares.
 */
public record NetworkConfigList(ObjectNode json) {

    public NetworkConfigList {
        JsonNode plugins = json.path("plugins");
        if (!plugins.isArray() || plugins.isEmpty()) {
            throw new IllegalArgumentException("a network configuration list needs a non-empty array \"plugins\"; got: "
                    + json);
        }
        for (JsonNode plugin : plugins) {
            if (!plugin.isObject() || !plugin.path("type").isTextual() || plugin.path("type").asText().isBlank()) {
                throw new IllegalArgumentException("every plugin of a network configuration list needs a string"
                        + " \"type\"; got: " + plugin);
            }
        }
        if (!json.path("name").isTextual() || !json.path("cniVersion").isTextual()) {
            throw new IllegalArgumentException("a network configuration list needs a string \"name\" and a string"
                    + " \"cniVersion\"; got: " + json);
        }
    }

    /** Whether a template is a list rather than one plugin's configuration: it has "plugins". */
    public static boolean isList(String template) {
        return template.contains("\"plugins\"");
    }

    public static NetworkConfigList render(String template, Map<String, String> values) {
        return new NetworkConfigList(NetworkConfig.render(template, values).json());
    }

    public String cniVersion() {
        return json.path("cniVersion").asText();
    }

    /** The plugins' types, in the list's order: the order of ADD (and of CHECK). */
    public List<String> types() {
        List<String> types = new ArrayList<>();
        json.path("plugins").forEach(p -> types.add(p.path("type").asText()));
        return types;
    }

    /** The plugins' positions in the order of DEL: the list's order reversed. */
    public List<Integer> deleteOrder() {
        List<Integer> order = new ArrayList<>();
        for (int i = types().size() - 1; i >= 0; i--) {
            order.add(i);
        }
        return order;
    }

    /** The plugins' positions in the order of ADD and CHECK. */
    public List<Integer> addOrder() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < types().size(); i++) {
            order.add(i);
        }
        return order;
    }

    /**
     * What the plugin at {@code index} gets on stdin.
     *
     * @param prevResult the previous plugin's result (ADD), or the cached result of the list (CHECK, DEL)
     * @param runtimeArguments the runtime's arguments by capability, e.g. "portMappings", "mac"
     */
    public NetworkConfig pluginConfig(int index, Optional<JsonNode> prevResult, Map<String, JsonNode> runtimeArguments) {
        ObjectNode plugin = ((ObjectNode) json.path("plugins").get(index)).deepCopy();
        plugin.put("cniVersion", cniVersion());
        plugin.put("name", json.path("name").asText());
        ObjectNode runtimeConfig = plugin.objectNode();
        JsonNode capabilities = plugin.path("capabilities");
        runtimeArguments.forEach((capability, value) -> {
            if (capabilities.path(capability).asBoolean(false)) {
                runtimeConfig.set(capability, value);
            }
        });
        if (!runtimeConfig.isEmpty()) {
            plugin.set("runtimeConfig", runtimeConfig);
        }
        prevResult.ifPresent(result -> plugin.set("prevResult", result));
        return new NetworkConfig(plugin);
    }
}
