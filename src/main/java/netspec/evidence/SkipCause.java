package netspec.evidence;

import java.util.Optional;

/**
 * Why a scenario did not run, as data: the kind of cause, what it names, and the sentence a person reads. The
 * results file keeps {@link #cell()} in a column of its own, so tools after the run (the compatibility matrix)
 * read the cause instead of parsing the sentence.
 *
 * <pre>{@code
 * new SkipCause(SkipCause.LACKS, "dummy", "requires dummy, which target local lacks ...").cell()  // "lacks:dummy"
 * }</pre>
 *
 * @param kind    {@link #LACKS} (the target lacks a capability or tool) or {@link #ELSEWHERE} (meant for another
 *                demo machine)
 * @param subject the capability's tag name, or the demo machine's name
 * @param message what the console and the report say
 */
public record SkipCause(String kind, String subject, String message) {

    public static final String LACKS = "lacks";
    public static final String ELSEWHERE = "elsewhere";

    /** The results file's column: {@code kind:subject}. */
    public String cell() {
        return kind + ":" + subject;
    }

    /** The cause a results file's column holds; empty for an empty or unknown cell. */
    public static Optional<SkipCause> parse(String cell, String message) {
        int colon = cell.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String kind = cell.substring(0, colon);
        return kind.equals(LACKS) || kind.equals(ELSEWHERE)
                ? Optional.of(new SkipCause(kind, cell.substring(colon + 1), message)) : Optional.empty();
    }
}
