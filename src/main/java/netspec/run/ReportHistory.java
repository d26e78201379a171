package netspec.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publishes a freshly generated single-file report: copies its {@code index.html} into {@code reports/} and keeps
 * the history it carries in {@code reports/history} (one folder per kind of target), which the next run copies into its results
 * ({@link ReportContext}) so the trend grows by one point per run. A single-file report holds its history only
 * inside the page, as {@code d('history/<name>.json','<base64>')} calls; a run of {@code mvn verify -Pfeatures}
 * runs this after Allure's generator (see the pom).
 *
 * <p>Usage: {@code ReportHistory <generated report folder> <reports folder>}
 */
public final class ReportHistory {

    private static final Pattern HISTORY_FILE = Pattern.compile("d\\('history/([\\w.-]+\\.json)','([A-Za-z0-9+/=]*)'\\)");

    private ReportHistory() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ReportHistory <generated report folder> <reports folder>");
        }
        Path generated = Path.of(args[0]).resolve("index.html");
        Path reports = Files.createDirectories(Path.of(args[1]));
        Path history = reports.resolve(ReportContext.history().getFileName());
        int kept = keep(Files.readString(generated, StandardCharsets.UTF_8), history);
        Files.copy(generated, reports.resolve("index.html"), StandardCopyOption.REPLACE_EXISTING);
        System.out.println("netspec: report in " + reports.resolve("index.html") + " (history: " + kept + " files in "
                + history + ")");
    }

    /** Writes the history files the page carries into the folder; how many. */
    static int keep(String page, Path history) throws IOException {
        Files.createDirectories(history);
        Matcher found = HISTORY_FILE.matcher(page);
        int kept = 0;
        while (found.find()) {
            Files.write(history.resolve(found.group(1)), Base64.getDecoder().decode(found.group(2)));
            kept++;
        }
        if (kept == 0) {
            throw new IllegalStateException("the generated report carries no history/*.json: has the single-file"
                    + " format of Allure changed? (the trend would restart at every run)");
        }
        return kept;
    }
}
