package netspec.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run's results file as {@link ResultsFile} writes it: a header line naming the target and its kernel,
 * then one line per scenario, {@code feature:line}, status, name, the first line of the reason, tab-separated.
 * A file without the header (written before it existed) reads as its file name's target, kernel unknown.
 *
 * <pre>
 * #netspec-results	target=vagrant:pause	kernel=6.1.0-50-amd64	os=Debian GNU/Linux 12 (bookworm)	state=complete
 * features/interfaces/bond.feature:12	PASSED	A bond's ports take its MAC	
 * </pre>
 */
public record RunResults(Path file, String target, String kernel, String os, String state, Map<String, Row> rows) {

    public static final String HEADER = "#netspec-results";
    public static final String UNKNOWN = "unknown";
    /** The run's states: only a run that ended with every selected scenario run is complete. */
    public static final String RUNNING = "running";
    public static final String INTERRUPTED = "interrupted";
    public static final String INCOMPLETE = "incomplete";
    public static final String COMPLETE = "complete";

    /**
     * One scenario's outcome; {@code key} is {@code feature:line}; {@code cause} is a skip's
     * {@link netspec.evidence.SkipCause#cell()} ({@code lacks:dummy}), empty otherwise and in older files.
     */
    public record Row(String key, String status, String name, String reason, String cause) {

        public Row(String key, String status, String name, String reason) {
            this(key, status, name, reason, "");
        }

        /** The skip's cause as data, when the file recorded one. */
        public java.util.Optional<netspec.evidence.SkipCause> skipCause() {
            return netspec.evidence.SkipCause.parse(cause, reason);
        }

        String tsv() {
            return String.join("\t", key, status, oneField(name), oneField(reason), oneField(cause));
        }
    }

    /** The header line of a complete run: each value kept to one field. */
    public static String header(String target, String kernel, String os) {
        return header(target, kernel, os, COMPLETE);
    }

    /** The header line: each value kept to one field. */
    public static String header(String target, String kernel, String os, String state) {
        return String.join("\t", HEADER, "target=" + oneField(target), "kernel=" + oneField(kernel),
                "os=" + oneField(os), "state=" + oneField(state));
    }

    /**
     * Whether the run ended with every selected scenario run. A file from before the state was written
     * (no {@code state=} field) counts as complete: only a finished run wrote a file then.
     */
    public boolean isComplete() {
        return state.equals(COMPLETE);
    }

    /** One line for a file that must not pass for a finished run; empty for a complete one. */
    public java.util.Optional<String> incompleteWarning() {
        return isComplete() ? java.util.Optional.empty()
                : java.util.Optional.of(file + " is from a run that did not finish (state=" + state + ", "
                        + rows.size() + " scenarios recorded)");
    }

    public static RunResults read(Path file) throws IOException {
        Map<String, String> header = new TreeMap<>();
        Map<String, Row> rows = new TreeMap<>(RunResults::byFeatureThenLine);
        for (String line : Files.readAllLines(file)) {
            String[] fields = line.split("\t", -1);
            if (fields[0].equals(HEADER)) {
                for (int i = 1; i < fields.length; i++) {
                    int equals = fields[i].indexOf('=');
                    if (equals > 0) {
                        header.put(fields[i].substring(0, equals), fields[i].substring(equals + 1));
                    }
                }
            } else if ((fields.length == 4 || fields.length == 5) && fields[0].matches(".+:\\d+")) {
                rows.put(fields[0], new Row(fields[0], fields[1], fields[2], fields[3],
                        fields.length == 5 ? fields[4] : ""));
            }
        }
        String fromName = file.getFileName().toString().replaceFirst("\\.tsv$", "");
        return new RunResults(file, header.getOrDefault("target", fromName), header.getOrDefault("kernel", UNKNOWN),
                header.getOrDefault("os", UNKNOWN), header.getOrDefault("state", COMPLETE), Collections.unmodifiableMap(rows));
    }

    /** Every results file among the paths: files as given, folders searched for {@code *.tsv}, in name order. */
    public static List<RunResults> readAll(List<Path> paths) throws IOException {
        List<RunResults> runs = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (var found = Files.walk(path)) {
                    for (Path file : found.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                        runs.add(read(file));
                    }
                }
            } else {
                runs.add(read(path));
            }
        }
        return runs;
    }

    /** Features in name order, scenarios in the order of their lines. */
    public static int byFeatureThenLine(String a, String b) {
        int colonA = a.lastIndexOf(':');
        int colonB = b.lastIndexOf(':');
        int byFeature = a.substring(0, colonA).compareTo(b.substring(0, colonB));
        return byFeature != 0 ? byFeature
                : Integer.compare(Integer.parseInt(a.substring(colonA + 1)), Integer.parseInt(b.substring(colonB + 1)));
    }

    public static String oneField(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
