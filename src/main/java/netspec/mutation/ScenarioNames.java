package netspec.mutation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names and addresses one scenario uses (read from its steps' arguments), in order of appearance: what a
 * mutant may put in place of a name, so that it names something the scenario really has.
 */
public final class ScenarioNames {

    static final String HOST = "the host";

    private final Map<String, String> placeOfInterface = new LinkedHashMap<>();
    private final Set<String> interfaces = new LinkedHashSet<>();
    private final Set<String> namespaces = new LinkedHashSet<>();
    private final Set<String> addresses = new LinkedHashSet<>();
    private final Set<String> containers = new LinkedHashSet<>();
    private final Set<String> observed = new LinkedHashSet<>();

    /** Where a step looks at traffic ("the capture on eth0 in ns1"): a link there names an observer, not a device. */
    static final java.util.regex.Pattern OBSERVER = java.util.regex.Pattern.compile("(capture on|tcpdump on|reader of) $");

    public static ScenarioNames of(SourceScenario scenario, GlueSteps glue) {
        ScenarioNames names = new ScenarioNames();
        for (SourceScenario.Step step : scenario.steps()) {
            List<StepMatch> matches = glue.matches(step.text());
            if (matches.size() == 1) {
                StepMatch match = matches.get(0);
                for (int i = 0; i < match.args().size(); i++) {
                    names.add(match.args().get(i));
                    if (OBSERVER.matcher(Replacements.textBefore(match.expression(), i)).find()) {
                        names.observed.add(match.args().get(i).value());
                    }
                }
            }
        }
        return names;
    }

    void add(StepMatch.Arg arg) {
        String value = unquote(arg.value());
        switch (arg.type()) {
            case "iface" -> {
                // an {iface} is an interface of the host: a {link} of the host may be replaced by it
                interfaces.add(value);
                placeOfInterface.putIfAbsent(value + "@" + HOST, HOST);
            }
            case "link" -> {
                Link link = Link.parse(value);
                interfaces.add(link.name());
                placeOfInterface.putIfAbsent(link.name() + "@" + link.place(), link.place());
                if (!link.place().equals(HOST)) {
                    namespaces.add(link.place());
                }
            }
            case "netns" -> namespaces.add(value);
            case "place" -> {
                if (!value.equals(HOST)) {
                    namespaces.add(value);
                }
            }
            case "ip" -> addresses.add(value);
            case "cidr" -> addresses.add(value.replaceFirst("/.*", ""));
            case "container" -> containers.add(value);
            default -> {
                // counts and words carry no name of the scenario
            }
        }
    }

    /** The other interfaces the scenario names in that place, as {@code eth0 in ns1} or a bare host name. */
    List<String> interfacesIn(String place, String besides) {
        return placeOfInterface.entrySet().stream().filter(e -> e.getValue().equals(place))
                .map(e -> e.getKey().substring(0, e.getKey().lastIndexOf('@'))).filter(i -> !i.equals(besides))
                .distinct().toList();
    }

    /** The other places where the scenario names an interface of that name. */
    List<String> placesOf(String name, String besides) {
        return placeOfInterface.entrySet().stream().filter(e -> e.getKey().equals(name + "@" + e.getValue()))
                .map(Map.Entry::getValue).filter(p -> !p.equals(besides)).distinct().toList();
    }

    /** Every other interface the scenario names, wherever it is. */
    List<String> interfacesBesides(String name) {
        return interfaces.stream().filter(i -> !i.equals(name)).toList();
    }

    /** The other places where the scenario watches traffic (captures, tcpdump, tun/tap readers). */
    List<String> observersBesides(String link) {
        return observed.stream().filter(o -> !o.equals(link)).toList();
    }

    List<String> namespacesBesides(String name) {
        return namespaces.stream().filter(n -> !n.equals(name)).toList();
    }

    List<String> addresses() {
        return List.copyOf(addresses);
    }

    List<String> containersBesides(String name) {
        return containers.stream().filter(n -> !n.equals(name)).toList();
    }

    static String unquote(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }

    /** A {@code {link}} argument: "eth0 in ns1", or "veth1" for an interface of the host. */
    record Link(String name, String place) {

        static Link parse(String text) {
            int in = text.lastIndexOf(" in ");
            return in < 0 ? new Link(unquote(text), HOST)
                    : new Link(unquote(text.substring(0, in)), unquote(text.substring(in + 4)));
        }

        String text() {
            return place.equals(HOST) ? name : name + " in " + place;
        }
    }
}
