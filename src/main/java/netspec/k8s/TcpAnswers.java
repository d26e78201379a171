package netspec.k8s;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each of a series of TCP connections got back, as printed by the asset {@code k8s/tcp-requests.sh}: a
 * line "answer: TEXT" for a connection a server answered, "no answer: WHY" for one it did not.
 *
 * @param answers in the order the connections were made; empty for a connection nobody answered
 * @param reasons why each unanswered connection got nothing, in order
 */
public record TcpAnswers(List<Optional<String>> answers, List<String> reasons) {

    private static final String ANSWER = "answer: ";
    private static final String NO_ANSWER = "no answer: ";

    public TcpAnswers {
        answers = List.copyOf(answers);
        reasons = List.copyOf(reasons);
    }

    public static TcpAnswers parse(String output) {
        List<Optional<String>> answers = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (String line : output.strip().split("\n")) {
            if (line.startsWith(ANSWER)) {
                answers.add(Optional.of(line.substring(ANSWER.length()).strip()));
            } else if (line.startsWith(NO_ANSWER)) {
                answers.add(Optional.empty());
                reasons.add(line.substring(NO_ANSWER.length()).strip());
            } else if (!line.isBlank()) {
                throw new IllegalArgumentException("not a line of tcp-requests.sh: " + line);
            }
        }
        return new TcpAnswers(answers, reasons);
    }

    public int connections() {
        return answers.size();
    }

    public long answered() {
        return answers.stream().filter(Optional::isPresent).count();
    }

    /** How many connections each server answered, in the order the servers first answered. */
    public Map<String, Integer> countByServer() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        answers.stream().flatMap(Optional::stream).forEach(a -> counts.merge(a, 1, Integer::sum));
        return counts;
    }

    /**
     * Whether the servers took turns in a fixed order: every connection answered, the first k answers from k
     * different servers, and then the same k again and again (pod3 pod2 pod1 pod3 pod2 pod1 ...).
     */
    public boolean rotates() {
        int k = countByServer().size();
        if (answered() != connections() || k == 0) {
            return false;
        }
        for (int i = 0; i < answers.size(); i++) {
            if (!answers.get(i).equals(answers.get(i % k))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        List<String> shown = answers.stream().map(a -> a.orElse("-")).toList();
        return answered() + " of " + connections() + " connections answered: " + String.join(" ", shown)
                + (reasons.isEmpty() ? "" : " (unanswered: " + reasons.get(0)
                + (reasons.size() > 1 ? ", and " + (reasons.size() - 1) + " more" : "") + ")");
    }
}
