package netspec.linux;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line of {@code iptables -t TABLE -S}: a rule ({@code -A CHAIN args...}), a chain a user made
 * ({@code -N CHAIN}) or a built-in chain's policy ({@code -P CHAIN POLICY}). The arguments are split as the shell
 * would split them, so a quoted comment is one argument, its {@code \"} unescaped.
 */
public record IptablesRule(String action, String chain, List<String> args) {

    public IptablesRule {
        args = List.copyOf(args);
    }

    /** Every line of the output; blank lines are skipped, a line that is not -A, -N or -P is refused. */
    public static List<IptablesRule> parse(String text) {
        List<IptablesRule> rules = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            List<String> words = split(line.strip());
            if (words.size() < 2 || !List.of("-A", "-N", "-P").contains(words.get(0))) {
                throw new IllegalArgumentException("not a line of iptables -S: " + line);
            }
            rules.add(new IptablesRule(words.get(0), words.get(1), words.subList(2, words.size())));
        }
        return List.copyOf(rules);
    }

    public boolean isRule() {
        return "-A".equals(action);
    }

    /** The word after {@code option} (e.g. "-j" gives the target, "--dport" the port), if the rule has it. */
    public Optional<String> option(String option) {
        int at = args.indexOf(option);
        return at < 0 || at + 1 >= args.size() ? Optional.empty() : Optional.of(args.get(at + 1));
    }

    /** Whether {@code value} appears as an argument, e.g. "10.22.0.2/32". */
    public boolean mentions(String value) {
        return args.contains(value);
    }

    private static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
                inWord = true;
            } else if (c == ' ' && !quoted) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unbalanced quotes in a line of iptables -S: " + line);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    @Override
    public String toString() {
        // quoted again where iptables -S quotes, so that the line reads as it printed it
        return action + " " + chain + args.stream().map(a -> a.contains(" ") ? "\"" + a.replace("\"", "\\\"") + "\"" : a)
                .map(a -> " " + a).collect(java.util.stream.Collectors.joining());
    }
}
