package netspec.host;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Ansible's YAML inventory: top-level groups (usually {@code all}), each a map of {@code hosts} (host: its
 * variables, or nothing), {@code vars} and {@code children} (groups of the same shape, nested to any depth). A group
 * named again elsewhere is the same group.
 */
final class AnsibleYaml {

    private AnsibleYaml() {
    }

    static Map<String, AnsibleInventory.Group> groups(Path file, String text) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw TargetList.refused("inventory " + file + " is not YAML (" + e.getMessage().lines().findFirst().orElse("")
                    + ")", "");
        }
        Map<String, AnsibleInventory.Group> groups = new LinkedHashMap<>();
        if (root == null) {
            return groups;
        }
        for (Map.Entry<String, Object> group : map(file, "the top level", root).entrySet()) {
            add(file, group.getKey(), group.getValue(), groups);
        }
        return groups;
    }

    private static void add(Path file, String name, Object body, Map<String, AnsibleInventory.Group> groups) {
        AnsibleInventory.Group group = groups.computeIfAbsent(name, g -> new AnsibleInventory.Group());
        Map<String, Object> parts = map(file, "group " + name, body);
        for (String key : parts.keySet()) {
            if (!key.equals("hosts") && !key.equals("vars") && !key.equals("children")) {
                throw TargetList.refused("inventory " + file + ", group " + name + ": '" + key + "' is none of hosts,"
                        + " vars, children", "");
            }
        }
        map(file, "hosts of " + name, parts.get("hosts")).forEach((host, vars) -> group.hosts
                .computeIfAbsent(host, h -> new LinkedHashMap<>()).putAll(strings(file, "host " + host, vars)));
        group.vars.putAll(strings(file, "vars of " + name, parts.get("vars")));
        map(file, "children of " + name, parts.get("children")).forEach((child, childBody) -> {
            group.children.add(child);
            add(file, child, childBody, groups);
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Path file, String what, Object value) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw TargetList.refused("inventory " + file + ": " + what + " is not a map (it is '" + value + "')", "");
        }
        Map<String, Object> keyed = new LinkedHashMap<>();
        map.forEach((k, v) -> keyed.put(String.valueOf(k), v));
        return keyed;
    }

    private static Map<String, String> strings(Path file, String what, Object value) {
        Map<String, String> strings = new LinkedHashMap<>();
        map(file, what, value).forEach((k, v) -> strings.put(k, v == null ? "" : String.valueOf(v)));
        return strings;
    }
}
