package netspec.host;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ansible's INI inventory: {@code [group]} lines of hosts with {@code key=value} variables, {@code [group:vars]},
 * {@code [group:children]}, hosts before any section in {@code ungrouped}, numeric ranges ({@code web[01:03]}),
 * comments from {@code #} or {@code ;}.
 */
final class AnsibleIni {

    private static final Pattern SECTION = Pattern.compile("\\[([^\\]:]+)(?::(vars|children))?]");
    private static final Pattern HOST_PORT = Pattern.compile("([^:]+):(\\d+)");
    private static final Pattern RANGE = Pattern.compile("\\[(\\d+):(\\d+)]");

    private AnsibleIni() {
    }

    static Map<String, AnsibleInventory.Group> groups(Path file, String text) {
        Map<String, AnsibleInventory.Group> groups = new LinkedHashMap<>();
        String group = "ungrouped";
        String kind = "hosts";
        int number = 0;
        for (String raw : text.split("\n", -1)) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            String where = "inventory " + file + ", line " + number;
            Matcher section = SECTION.matcher(line);
            if (section.matches()) {
                group = section.group(1).strip();
                kind = section.group(2) == null ? "hosts" : section.group(2);
                groups.computeIfAbsent(group, g -> new AnsibleInventory.Group());
                continue;
            }
            AnsibleInventory.Group current = groups.computeIfAbsent(group, g -> new AnsibleInventory.Group());
            switch (kind) {
                case "vars" -> {
                    int equals = line.indexOf('=');
                    if (equals < 1) {
                        throw TargetList.refused(where + ": '" + line + "' is not name=value", "");
                    }
                    current.vars.put(line.substring(0, equals).strip(), unquote(line.substring(equals + 1).strip()));
                }
                case "children" -> current.children.add(line);
                default -> {
                    List<String> words = words(line);
                    Map<String, String> vars = new LinkedHashMap<>();
                    for (String word : words.subList(1, words.size())) {
                        int equals = word.indexOf('=');
                        if (equals < 1) {
                            throw TargetList.refused(where + ": '" + word + "' after host " + words.get(0)
                                    + " is not name=value", "");
                        }
                        vars.put(word.substring(0, equals), unquote(word.substring(equals + 1)));
                    }
                    String host0 = words.get(0);
                    Matcher port = HOST_PORT.matcher(host0);
                    if (port.matches()) { // "host:2222" is the host with its port
                        host0 = port.group(1);
                        vars.putIfAbsent("ansible_port", port.group(2));
                    }
                    for (String host : expand(where, host0)) {
                        current.hosts.computeIfAbsent(host, h -> new LinkedHashMap<>()).putAll(vars);
                    }
                }
            }
        }
        return groups;
    }

    /** The words of a host line, a quoted value kept whole; a word starting with '#' starts a comment. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                word.append(c);
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
                word.append(c);
            } else if (Character.isWhitespace(c)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else if (c == '#' && word.isEmpty()) {
                break;
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0);
        return quoted ? value.substring(1, value.length() - 1) : value;
    }

    /** {@code web[01:03]} is web01, web02, web03 (leading zeros kept); a host without a range is itself. */
    private static List<String> expand(String where, String host) {
        Matcher range = RANGE.matcher(host);
        if (!range.find()) {
            if (host.contains("[")) {
                throw TargetList.refused(where + ": '" + host + "' has a range netspec does not expand (numeric"
                        + " [01:03] only)", "");
            }
            return List.of(host);
        }
        String from = range.group(1);
        int first = Integer.parseInt(from);
        int last = Integer.parseInt(range.group(2));
        String format = from.length() > 1 && from.startsWith("0") ? "%0" + from.length() + "d" : "%d";
        List<String> hosts = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            String one = host.substring(0, range.start()) + String.format(format, i) + host.substring(range.end());
            hosts.addAll(expand(where, one));
        }
        return hosts;
    }
}
