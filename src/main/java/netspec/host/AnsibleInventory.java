package netspec.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hosts of an Ansible inventory, in its INI or YAML format, as netspec targets: how fleets are usually listed.
 * Groups nest ({@code [prod:children]}, {@code children:}); a host's variables are those of {@code all}, then of
 * its groups from the outermost to the innermost, then its own, as Ansible merges them. The variables that matter
 * are {@code ansible_host}, {@code ansible_port}, {@code ansible_user}, {@code ansible_ssh_private_key_file}
 * (and their older {@code ansible_ssh_*} spellings) and {@code ansible_connection=local}; others are ignored.
 */
public final class AnsibleInventory {

    /** A group as written: its own hosts (with the variables given there), its variables and child groups. */
    static final class Group {
        final Map<String, Map<String, String>> hosts = new LinkedHashMap<>();
        final Map<String, String> vars = new LinkedHashMap<>();
        final Set<String> children = new LinkedHashSet<>();
    }

    private final Path file;
    private final Map<String, Group> groups;

    AnsibleInventory(Path file, Map<String, Group> groups) {
        this.file = file;
        this.groups = groups;
    }

    /** Reads an inventory: YAML when the file is named {@code .yml}/{@code .yaml} or starts as a YAML map, else INI. */
    public static AnsibleInventory read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read inventory " + file, e);
        }
        // YAML's first line is "---" or a group ("all:"); an INI line is a [section] or a host, never "name:" alone
        String first = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst().orElse("");
        boolean yaml = file.toString().matches(".*\\.ya?ml$") || first.equals("---") || first.matches("[^\\[\\s]+:");
        return new AnsibleInventory(file, yaml ? AnsibleYaml.groups(file, text) : AnsibleIni.groups(file, text));
    }

    /** Every host once, in the order the inventory first names it, with its merged variables. */
    public Map<String, Map<String, String>> hosts() {
        Map<String, Integer> depth = depths();
        List<String> order = new ArrayList<>(groups.keySet());
        order.sort(Comparator.comparing((String g) -> depth.getOrDefault(g, 1)).thenComparing(g -> g));
        Map<String, Map<String, String>> hosts = new LinkedHashMap<>();
        groups.values().forEach(g -> g.hosts.keySet().forEach(h -> hosts.put(h, new LinkedHashMap<>())));
        for (String host : hosts.keySet()) {
            Set<String> memberOf = groupsOf(host);
            Map<String, String> vars = hosts.get(host);
            order.stream().filter(g -> g.equals("all") || memberOf.contains(g)).forEach(g -> vars.putAll(groups.get(g).vars));
            order.stream().filter(memberOf::contains).forEach(g -> vars.putAll(groups.get(g).hosts.getOrDefault(host, Map.of())));
        }
        return hosts;
    }

    /** The hosts as targets: SSH unless {@code ansible_connection=local}. */
    public List<TargetSpec> targets() {
        Map<String, Map<String, String>> hosts = hosts();
        if (hosts.isEmpty()) {
            throw TargetList.refused("inventory " + file + " lists no host", "");
        }
        List<TargetSpec> targets = new ArrayList<>();
        hosts.forEach((host, vars) -> targets.add(target(host, vars)));
        return targets;
    }

    private TargetSpec target(String host, Map<String, String> vars) {
        String name = host.replaceAll("[^A-Za-z0-9._@-]", "_");
        String connection = vars.getOrDefault("ansible_connection", "ssh");
        switch (connection) {
            case "local" -> {
                return TargetSpec.local(name);
            }
            case "ssh", "smart", "paramiko" -> {
                String address = first(vars, "ansible_host", "ansible_ssh_host");
                String port = first(vars, "ansible_port", "ansible_ssh_port");
                String key = first(vars, "ansible_ssh_private_key_file", "ansible_private_key_file");
                return TargetSpec.ssh(name, address == null ? host : address, first(vars, "ansible_user", "ansible_ssh_user"),
                        port == null ? null : TargetList.port("inventory " + file + ", host " + host, port),
                        key == null ? null : key.replaceFirst("^~(?=/|$)", System.getProperty("user.home")));
            }
            default -> throw TargetList.refused("inventory " + file + ", host " + host + ": ansible_connection="
                    + connection + " is not a way netspec reaches a host (ssh or local)", "");
        }
    }

    private static String first(Map<String, String> vars, String name, String olderName) {
        return vars.containsKey(name) ? vars.get(name) : vars.get(olderName);
    }

    /** The groups a host is in: those naming it, and every group above them. */
    private Set<String> groupsOf(String host) {
        Set<String> found = new LinkedHashSet<>();
        groups.forEach((name, group) -> {
            if (group.hosts.containsKey(host)) {
                found.add(name);
            }
        });
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, Group> parent : groups.entrySet()) {
                if (!found.contains(parent.getKey()) && parent.getValue().children.stream().anyMatch(found::contains)) {
                    grew = found.add(parent.getKey());
                }
            }
        }
        return found;
    }

    /** How deep each group sits below {@code all} (the longest way down): outer groups' variables give way to inner ones. */
    private Map<String, Integer> depths() {
        Map<String, Integer> depth = new HashMap<>();
        depth.put("all", 0);
        for (String group : groups.keySet()) {
            depthOf(group, depth, new LinkedHashSet<>());
        }
        return depth;
    }

    private int depthOf(String group, Map<String, Integer> depth, Set<String> path) {
        if (depth.containsKey(group)) {
            return depth.get(group);
        }
        if (!path.add(group)) {
            throw TargetList.refused("inventory " + file + ": groups contain each other (" + String.join(" > ", path)
                    + " > " + group + ")", "");
        }
        int deepest = 1;
        for (Map.Entry<String, Group> parent : groups.entrySet()) {
            if (!parent.getKey().equals("all") && parent.getValue().children.contains(group)) {
                deepest = Math.max(deepest, depthOf(parent.getKey(), depth, path) + 1);
            }
        }
        path.remove(group);
        depth.put(group, deepest);
        return deepest;
    }
}
