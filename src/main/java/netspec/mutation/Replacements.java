package netspec.mutation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import netspec.evidence.args.BondMode;
import netspec.evidence.args.IpvlanMode;
import netspec.evidence.args.MacvlanMode;
import netspec.evidence.args.TunMode;

/**
 * For one argument of a Then-step, the values a mutant puts in its place: another valid value of its type, one
 * per thing the argument says (a {@code {link}} says an interface and a place, a {@code {cidr}} an address and a
 * prefix length). Names come from the scenario itself, so a mutant names something that exists.
 */
public final class Replacements {

    /** Fixed sets of words the kernel's tools use; a word of one set is replaced by another of the same set. */
    private static final List<List<String>> WORD_SETS = List.of(
            words(MacvlanMode.values(), MacvlanMode::word),
            words(IpvlanMode.values(), IpvlanMode::word),
            words(BondMode.values(), BondMode::word),
            words(TunMode.values(), TunMode::word),
            List.of("UP", "LOWER_UP", "BROADCAST", "MULTICAST", "NOARP", "POINTOPOINT", "PROMISC", "MASTER", "SLAVE"),
            List.of("UP", "DOWN", "UNKNOWN", "LOWERLAYERDOWN", "DORMANT"),
            List.of("forwarding", "blocking", "disabled", "listening", "learning"));

    /** Numbers that bound a wait or a tolerance, not a fact: "within 5 seconds", "within 1 connection each". */
    private static final Pattern TOLERANCE = Pattern.compile("within $");
    private static final Pattern AT_LEAST = Pattern.compile("\\bat least $");
    private static final Pattern IPV4 = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)\\.(\\d+)");
    private static final Pattern TRAFFIC_VALUE =
            Pattern.compile("(?<=\\b(?:from|to|port|VNI|VLAN) )(\"[^\"]*\"|[^\\s\"]+)");

    private final Map<String, Set<String>> suiteValues;

    /** {@code suiteValues}: per step definition and argument ("expression#index"), every value the suite uses. */
    public Replacements(Map<String, Set<String>> suiteValues) {
        this.suiteValues = suiteValues;
    }

    /** A replacement: the argument's new text, and what was changed ("iface", "place", "int", ...). */
    public record Replacement(String what, String value) {
    }

    public List<Replacement> of(StepMatch match, int index, ScenarioNames names) {
        StepMatch.Arg arg = match.args().get(index);
        String before = textBefore(match.expression(), index);
        if (TOLERANCE.matcher(before).find()) {
            return List.of();
        }
        String value = arg.value();
        List<Replacement> found = new ArrayList<>();
        switch (arg.type()) {
            case "iface" -> first(names.interfacesBesides(ScenarioNames.unquote(value)))
                    .ifPresent(v -> found.add(new Replacement("iface", v)));
            case "link" -> {
                if (ScenarioNames.OBSERVER.matcher(before).find()) {
                    // a capture elsewhere, not a device elsewhere: one the scenario started, or none
                    first(names.observersBesides(value)).ifPresent(v -> found.add(new Replacement("observer", v)));
                    break;
                }
                // only names the scenario has in that place: a device that is not there tells nothing new
                ScenarioNames.Link link = ScenarioNames.Link.parse(value);
                first(names.interfacesIn(link.place(), link.name()))
                        .ifPresent(v -> found.add(new Replacement("iface", new ScenarioNames.Link(v, link.place()).text())));
                List<String> places = new ArrayList<>(names.placesOf(link.name(), link.place()));
                if (!link.place().equals(ScenarioNames.HOST)) {
                    places.addAll(names.namespacesBesides(link.place())); // namespaces name their devices alike
                }
                first(places).ifPresent(p -> found.add(new Replacement("place", new ScenarioNames.Link(link.name(), p).text())));
            }
            case "netns", "container" -> first(arg.type().equals("netns") ? names.namespacesBesides(value)
                    : names.containersBesides(value)).ifPresent(v -> found.add(new Replacement(arg.type(), v)));
            case "place" -> {
                List<String> places = new ArrayList<>(names.namespacesBesides(value));
                if (!value.equals(ScenarioNames.HOST)) {
                    places.add(ScenarioNames.HOST);
                }
                first(places).ifPresent(v -> found.add(new Replacement("place", v)));
            }
            case "ip" -> otherAddress(value, names).ifPresent(v -> found.add(new Replacement("ip", v)));
            case "cidr" -> found.addAll(cidr(value, names));
            // a lower bound holds of the next number too whenever a little more flowed (an ARP, an IPv6 router
            // solicitation): ten times the bound does not
            case "int", "long" -> found.add(new Replacement(arg.type(), String.valueOf(
                    AT_LEAST.matcher(before).find() ? 10 * Long.parseLong(value) : Long.parseLong(value) + 1)));
            case "word" -> first(wordsBesides(value, match.expression(), index)).ifPresent(v -> found.add(new Replacement("word", v)));
            case "string" -> first(suiteBesides(value, match.expression(), index)).ifPresent(v -> found.add(new Replacement("string", v)));
            case "traffic" -> found.addAll(traffic(value, names));
            default -> {
                // {vxlan} and other compound settings are for Given-steps; nothing to say about them here
            }
        }
        return found;
    }

    /** Another address of the same /24: one the scenario uses if there is one, else the next one. */
    static Optional<String> otherAddress(String address, ScenarioNames names) {
        Matcher ip = IPV4.matcher(address);
        if (!ip.matches()) {
            return Optional.empty();
        }
        String prefix = address.substring(0, address.lastIndexOf('.') + 1);
        Optional<String> used = names.addresses().stream().filter(a -> a.startsWith(prefix) && !a.equals(address))
                .findFirst();
        if (used.isPresent()) {
            return used;
        }
        int last = Integer.parseInt(ip.group(4));
        return Optional.of(prefix + (last >= 254 ? last - 1 : last + 1));
    }

    private static List<Replacement> cidr(String value, ScenarioNames names) {
        int slash = value.indexOf('/');
        if (slash < 0) {
            return List.of();
        }
        String address = value.substring(0, slash);
        int length = Integer.parseInt(value.substring(slash + 1));
        List<Replacement> found = new ArrayList<>();
        otherAddress(address, names).ifPresent(a -> found.add(new Replacement("address", a + "/" + length)));
        found.add(new Replacement("prefix", address + "/" + (length >= 32 ? length - 1 : length + 1)));
        return found;
    }

    /** One mutant per value inside the description: an address, a port, a VNI, a VLAN. */
    private static List<Replacement> traffic(String value, ScenarioNames names) {
        List<Replacement> found = new ArrayList<>();
        Matcher m = TRAFFIC_VALUE.matcher(value);
        while (m.find()) {
            String part = m.group(1);
            Optional<String> other = part.matches("\\d+") ? Optional.of(String.valueOf(Long.parseLong(part) + 1))
                    : otherAddress(part, names);
            int start = m.start(1);
            int end = m.end(1);
            other.ifPresent(o -> found.add(new Replacement("traffic", value.substring(0, start) + o + value.substring(end))));
        }
        return found;
    }

    private List<String> wordsBesides(String value, String expression, int index) {
        List<String> others = new ArrayList<>();
        WORD_SETS.stream().filter(set -> set.contains(value)).forEach(set ->
                set.stream().filter(w -> !w.equals(value) && !others.contains(w)).forEach(others::add));
        suiteBesides(value, expression, index).stream().filter(w -> !others.contains(w)).forEach(others::add);
        return others;
    }

    private List<String> suiteBesides(String value, String expression, int index) {
        return suiteValues.getOrDefault(key(expression, index), Set.of()).stream().filter(v -> !v.equals(value))
                .sorted().toList();
    }

    static String key(String expression, int index) {
        return expression + "#" + index;
    }

    /** The expression's literal text before its index-th parameter. */
    static String textBefore(String expression, int index) {
        int at = -1;
        for (int i = 0; i <= index; i++) {
            at = expression.indexOf('{', at + 1);
            if (at < 0) {
                return "";
            }
        }
        int previous = index == 0 ? 0 : expression.lastIndexOf('}', at) + 1;
        return expression.substring(previous, at);
    }

    private static Optional<String> first(List<String> values) {
        return values.stream().findFirst();
    }

    private static <E> List<String> words(E[] values, Function<E, String> spelling) {
        return Arrays.stream(values).map(spelling).toList();
    }
}
