package netspec.lab.cni;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import netspec.cni.CniJson;

/**
 * A network configuration, filled in from a plugin's template. Templates are JSON with placeholders:
 * {@code ${cniVersion}}, {@code ${name}} (the network's name), {@code ${subnet}} (a CIDR such as 10.22.0.0/24),
 * in dual-stack templates {@code ${subnet6}} (such as fd00:22::/64), and {@code ${dataDir}} (a directory for the
 * plugin's state, inside the sandbox's private /run); and, bound by the scenario, {@code ${master}} (the parent
 * link of macvlan, ipvlan and vlan) and {@code ${device}} (the link host-device moves into the pod).
 */
public record NetworkConfig(ObjectNode json) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");

    /** Fills in the template; every value was validated as a step argument or is netspec's own. */
    public static NetworkConfig render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("unknown placeholder ${" + m.group(1)
                        + "} in a CNI configuration template; known: " + values.keySet());
            }
            m.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        m.appendTail(text);
        return new NetworkConfig((ObjectNode) CniJson.tree(text.toString(), "a network configuration"));
    }

    /** The placeholders a template names, each once, in order of appearance. */
    public static Set<String> placeholders(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The cniVersion the configuration declares: results must come back in it. */
    public String cniVersion() {
        return json.path("cniVersion").asText("");
    }

    /** The configuration a runtime sends with CHECK and DEL: this one plus the result of ADD. */
    public NetworkConfig withPrevResult(JsonNode result) {
        ObjectNode copy = json.deepCopy();
        copy.set("prevResult", result);
        return new NetworkConfig(copy);
    }

    /** This configuration without one of its fields: what a plugin must refuse as an invalid configuration. */
    public NetworkConfig without(String field) {
        ObjectNode copy = json.deepCopy();
        copy.remove(field);
        return new NetworkConfig(copy);
    }

    /** The configuration a runtime sends with GC (spec 1.1.0): this one plus the attachments still valid. */
    public NetworkConfig withValidAttachments(java.util.List<String> containerIds, String ifname) {
        ObjectNode copy = json.deepCopy();
        var list = copy.putArray("cni.dev/valid-attachments");
        containerIds.forEach(id -> list.addObject().put("containerID", id).put("ifname", ifname));
        return new NetworkConfig(copy);
    }

    /** As sent on stdin: pretty-printed, so that the report shows it readably. */
    public String text() {
        try {
            return CniJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a network configuration", e);
        }
    }

    /** The same text cut before its closing brace: what a plugin cannot decode. */
    public String truncatedText() {
        String text = text();
        return text.substring(0, text.lastIndexOf('}'));
    }
}
