package netspec.mutation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Then-step's negated twin: "has" and "has no", "is" and "is not", "gets replies" and "gets no reply" ...
 * Each rule rewrites the text one way; a rewrite counts only when the new text matches exactly one step
 * definition (the caller checks), so a rule may be loose.
 */
public final class Negations {

    private record Rule(Pattern from, String to) {
    }

    private static final List<Rule> RULES = new ArrayList<>();

    static {
        both("\\bgets replies\\b", "gets replies", "\\bgets no reply\\b", "gets no reply");
        both("\\bis (?!not\\b|no\\b)", "is ", "\\bis not ", "is not ");
        both("\\bhas (?!no\\b|not\\b)", "has ", "\\bhas no ", "has no ");
        both("\\bhas the flag\\b", "has the flag", "\\bdoes not have the flag\\b", "does not have the flag");
        both("\\bsees\\b", "sees", "\\bdoes not see\\b", "does not see");
        both("\\bfilters\\b", "filters", "\\bdoes not filter\\b", "does not filter");
        both("\\bsaw the link\\b", "saw the link", "\\bdid not see the link\\b", "did not see the link");
        both("\\bshows (?!no\\b)", "shows ", "\\bshows no ", "shows no ");
        both("\\bhas learned the MAC address of (\\S+) on its veth\\b", "has learned the MAC address of $1 on its veth",
                "\\bno longer knows the MAC address of (\\S+)", "no longer knows the MAC address of $1");
        both("\\bthe IPAM state reserves\\b", "the IPAM state reserves",
                "\\bthe IPAM state no longer reserves\\b", "the IPAM state no longer reserves");
        both("\\bstill has an interface\\b", "still has an interface", "\\bhas no interface\\b", "has no interface");
        both("\\bis still administratively up\\b", "is still administratively up",
                "\\bis administratively down\\b", "is administratively down");
        both("\\bevery connection was answered\\b", "every connection was answered",
                "\\bno connection was answered\\b", "no connection was answered");
        both("\\bthe connection is answered\\b", "the connection is answered",
                "\\bthe connection is refused\\b", "the connection is refused");
        both("\\bthe plugin succeeds\\b", "the plugin succeeds", "\\bthe plugin fails with an error$", "the plugin fails with an error");
        both("\\bhas (transmitted|received) at least \\S+ frames since\\b", "has $1 at least 1 frames since",
                "\\bhas (transmitted|received) no frame since\\b", "has $1 no frame since");
        both("\\bis isolated\\b", "is isolated", "\\bis not isolated\\b", "is not isolated");
        both("\\bholds an address in\\b", "holds an address in", "\\bholds no address in\\b", "holds no address in");
        both("\\band (.+) have different MAC addresses$", "has the same MAC address as $1",
                "\\bhas the same MAC address as (.+)$", "and $1 have different MAC addresses");
        // the positive side names a value the negative lacks (a port, a program): only the positive is negated,
        // since a value made up for the other way would fail for the wrong reason
        oneWay("\\bchecks the link of its ports every \\S+ ms\\b", "does not check the link of its ports");
        oneWay("\\bhas learned the MAC address of (\\S+(?: in \\S+)?) on port \\S+", "has not learned the MAC address of $1");
        oneWay("\\bis a port of \\S+", "has no master");
        oneWay("\\bhas learned a path MTU of \\S+ towards\\b", "has learned no path MTU towards");
        oneWay("\\bhas a neighbour entry for (\\S+) on \\S+", "has no neighbour entry for $1");
        oneWay("\\bis a local address of the host, on \\S+", "is no local address of the host");
        oneWay("\\bhas learned that (\\S+(?: in \\S+)?) is behind \\S+", "has not learned where $1 is");
        oneWay("\\bis an untagged member of VLAN (\\S+), its PVID\\b", "is no member of VLAN $1");
        oneWay("\\bis a tagged member of VLAN\\b", "is no member of VLAN");
        oneWay("\\bhas (\\S+) on port \\S+$", "has no entry for $1");
        oneWay("\\bruns the BPF program \\S+ at ingress, jited, in direct-action mode\\b", "runs no BPF program at ingress");
        oneWay("\\bsends frames for the VTEP MAC of (\\S+) to \\S+", "has no fdb entry for the VTEP MAC of $1");
    }

    /**
     * A claim that something is absent or differs ("has no", "is not", "shows no", "different"), told by its step
     * definition's expression; "no" inside a description of what is present ("no MAC address") does not count.
     */
    private static final Pattern NEGATIVE = Pattern.compile("\\b(?:no|not|different)\\b");
    private static final Pattern DESCRIPTION = Pattern.compile("\\bno (?:MAC address|NOARP|link-layer header before)");

    private Negations() {
    }

    /** Whether the step definition's expression claims an absence or a difference. */
    public static boolean isNegative(String expression) {
        return NEGATIVE.matcher(DESCRIPTION.matcher(expression).replaceAll("")).find();
    }

    private static void both(String positive, String positiveText, String negative, String negativeText) {
        oneWay(positive, negativeText);
        oneWay(negative, positiveText);
    }

    private static void oneWay(String from, String to) {
        RULES.add(new Rule(Pattern.compile(from), to));
    }

    /** Every rewrite of the text by one rule, each at the rule's first place in the text. */
    public static List<String> rewrites(String text) {
        List<String> found = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.from.matcher(text);
            if (m.find()) {
                String rewritten = m.replaceFirst(rule.to);
                if (!rewritten.equals(text) && !found.contains(rewritten)) {
                    found.add(rewritten);
                }
            }
        }
        return found;
    }
}
