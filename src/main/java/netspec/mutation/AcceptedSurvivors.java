package netspec.mutation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A survivor the kernel cannot tell apart from the original, accepted by a comment among its scenario's lines:
 * <pre>
 *   # mutant survives: Then veth1 has MTU 1501 because ...
 * </pre>
 * The comment names the mutant's step as it reads (the keyword is optional) and says why.
 */
public final class AcceptedSurvivors {

    private static final Pattern COMMENT =
            Pattern.compile("#\\s*mutant survives:\\s*(?:(?:Given|When|Then|And|But|\\*)\\s+)?(.+?)\\s+because\\s+(.+)");

    private AcceptedSurvivors() {
    }

    /** The reason written next to the mutant's scenario, if its survival is accepted there. */
    public static Optional<String> reason(Mutant mutant) {
        for (String comment : mutant.scenario().comments()) {
            Matcher m = COMMENT.matcher(comment.strip());
            if (m.matches() && normal(m.group(1)).equals(normal(mutant.mutated()))) {
                return Optional.of(m.group(2).strip());
            }
        }
        return Optional.empty();
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
