package netspec.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The steps closest to a step that matches none, written as a feature would write them: the pattern with the
 * writer's own words in the placeholders they line up with ({@code Then br0 has learned the MAC address of
 * {link} on port {iface}}).
 *
 * <p>Closeness is an edit distance over words: a word kept costs 0, a near spelling ("have" for "has") 0.5,
 * a word added, dropped or replaced 1; a placeholder takes the writer's words for a small cost (a {@code {link}}
 * takes "eth0 in ns1", a {@code {traffic}} a whole description). The sum is divided by the longer length.
 */
public final class NearMisses {

    /** A step of the glue: its keyword and pattern. */
    public record Step(String keyword, String pattern) {
    }

    private static final Pattern TEXT_TOKEN = Pattern.compile("\"[^\"]*\"|,|[^\\s,]+");
    private static final Pattern PATTERN_TOKEN = Pattern.compile("\\{[a-z]*}|,|[^\\s,{]+");
    /** How many words a placeholder may take; one unless listed ({link} and {place} check their shape). */
    private static final Map<String, Integer> WIDTH = Map.of("{link}", 4, "{place}", 2, "{traffic}", 14,
            "{vxlan}", 18);
    /** Words that turn a fact into its opposite: adding or dropping one is never a small change. */
    private static final java.util.Set<String> NEGATIONS = java.util.Set.of("not", "no", "never", "without");
    private static final double FAR = 0.5;
    private static final double WITHIN_BEST = 0.2;

    private final List<Step> steps;

    public NearMisses(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** Up to {@code max} suggestions, closest first; none when no step is anywhere near. */
    public List<String> closest(String text, int max) {
        List<String> words = tokens(TEXT_TOKEN, text);
        record Scored(String gherkin, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Step step : steps) {
            List<String> pattern = tokens(PATTERN_TOKEN, step.pattern().replaceAll("\\([^)]*\\)", ""));
            Alignment alignment = align(pattern, words);
            scored.add(new Scored(step.keyword() + " " + alignment.filled(),
                    alignment.cost() / Math.max(pattern.size(), words.size())));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).thenComparing(Scored::gherkin));
        if (scored.isEmpty() || scored.get(0).score() > FAR) {
            return List.of();
        }
        double best = scored.get(0).score();
        return scored.stream().filter(s -> s.score() <= Math.min(FAR, best + WITHIN_BEST)).map(Scored::gherkin)
                .distinct().limit(max).toList();
    }

    private record Alignment(double cost, String filled) {
    }

    /** Edit distance of pattern tokens against words, and the pattern with the words its placeholders took. */
    private static Alignment align(List<String> pattern, List<String> words) {
        int p = pattern.size();
        int w = words.size();
        double[][] cost = new double[p + 1][w + 1];
        int[][] taken = new int[p + 1][w + 1]; // words the last pattern token took: -1 none (dropped), else count
        for (int i = 0; i <= p; i++) {
            for (int j = 0; j <= w; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double best = Double.MAX_VALUE;
                int how = 0;
                if (i > 0 && cost[i - 1][j] + leftOut(pattern.get(i - 1)) < best) {
                    best = cost[i - 1][j] + leftOut(pattern.get(i - 1));
                    how = -1;
                }
                if (j > 0 && cost[i][j - 1] + added(words.get(j - 1)) < best) {
                    best = cost[i][j - 1] + added(words.get(j - 1));
                    how = -2;
                }
                if (i > 0) {
                    String token = pattern.get(i - 1);
                    if (token.startsWith("{")) {
                        for (int k = 1; k <= Math.min(j, WIDTH.getOrDefault(token, 1)); k++) {
                            if (!fits(token, words.subList(j - k, j))) {
                                continue;
                            }
                            double c = cost[i - 1][j - k] + 0.3;
                            if (c < best) {
                                best = c;
                                how = k;
                            }
                        }
                    } else if (j > 0) {
                        double c = cost[i - 1][j - 1] + wordCost(token, words.get(j - 1));
                        if (c < best) {
                            best = c;
                            how = 1;
                        }
                    }
                }
                cost[i][j] = best;
                taken[i][j] = how;
            }
        }
        List<String> filled = new ArrayList<>();
        int i = p;
        int j = w;
        while (i > 0 || j > 0) {
            int how = taken[i][j];
            if (how == -2) {
                j--;
            } else if (how == -1) {
                filled.add(0, pattern.get(--i));
            } else {
                String token = pattern.get(i - 1);
                filled.add(0, token.startsWith("{") && how > 0
                        ? String.join(" ", words.subList(j - how, j)) : token);
                i--;
                j -= how;
            }
        }
        return new Alignment(cost[p][w], String.join(" ", filled).replace(" ,", ","));
    }

    /** A pattern token the writer left out: a shortened step is still a near miss, unless it loses a "not". */
    private static double leftOut(String token) {
        return NEGATIONS.contains(token) ? 2 : token.startsWith("{") ? 0.5 : 0.6;
    }

    /** A word the pattern does not have. */
    private static double added(String word) {
        return NEGATIONS.contains(word.toLowerCase(java.util.Locale.ROOT)) ? 2 : 1;
    }

    /** Whether words can stand for a placeholder: "eth0 in ns1" for a {link}, a number for an {int}, ... */
    private static boolean fits(String placeholder, List<String> taken) {
        int k = taken.size();
        return switch (placeholder) {
            case "{link}" -> k == 1 || k == 3 && taken.get(1).equals("in")
                    || k == 4 && String.join(" ", taken.subList(1, 4)).equals("in the host");
            case "{place}" -> k == 1 || String.join(" ", taken).equals("the host");
            case "{int}", "{long}" -> taken.get(0).matches("-?\\d+");
            case "{ip}" -> taken.get(0).matches("[0-9a-fA-F:.]*\\d[0-9a-fA-F:.]*");
            case "{cidr}" -> taken.get(0).contains("/");
            case "{string}" -> taken.get(0).startsWith("\"");
            case "{traffic}" -> taken.get(0).matches("[A-Z][A-Z0-9]*");
            case "{vxlan}" -> taken.get(0).equals("VNI");
            default -> k == 1;
        };
    }

    private static double wordCost(String expected, String word) {
        for (String alternative : expected.split("/")) {
            if (alternative.equalsIgnoreCase(word)) {
                return 0;
            }
        }
        return expected.length() >= 3 && word.length() >= 3 && levenshtein(expected.toLowerCase(),
                word.toLowerCase()) <= 2 ? 0.5 : 1;
    }

    private static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                current[j] = Math.min(Math.min(current[j - 1], previous[j]) + 1,
                        previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static List<String> tokens(Pattern token, String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = token.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
