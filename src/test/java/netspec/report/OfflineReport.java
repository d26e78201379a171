package netspec.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Opens a report from disk in headless Chromium, on its overview and each of its tabs, and fails when it asks for
 * anything but files of its own ({@code file:}, {@code data:}, {@code blob:}): a conformance report must not
 * phone home. .ci/run runs it on the generated report:
 * {@code mvn -q exec:java -Dexec.mainClass=netspec.report.OfflineReport -Dexec.classpathScope=test
 * -Dexec.args=reports/index.html}.
 */
public final class OfflineReport {

    static final List<String> TABS = List.of("", "#categories", "#suites", "#graph", "#timeline", "#behaviors",
            "#packages");

    private OfflineReport() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1 || !Files.isRegularFile(Path.of(args[0]))) {
            throw new IllegalArgumentException("usage: OfflineReport <report's index.html>");
        }
        List<String> outside = requestsLeaving(Path.of(args[0]), TABS, Duration.ofSeconds(2));
        if (!outside.isEmpty()) {
            throw new IllegalStateException("the report at " + args[0] + " asked the network for:\n  "
                    + String.join("\n  ", outside));
        }
        System.out.println("the report at " + args[0] + " asked for nothing but its own files");
    }

    /** The addresses the page asked for that are not its own files, in order. */
    static List<String> requestsLeaving(Path page, List<String> tabs, Duration settle) throws Exception {
        try (HeadlessChromium chromium = new HeadlessChromium()) {
            return requestsLeaving(chromium, page, tabs, settle);
        }
    }

    static List<String> requestsLeaving(HeadlessChromium chromium, Path page, List<String> tabs, Duration settle)
            throws InterruptedException {
        String url = page.toAbsolutePath().toUri().toString();
        chromium.forgetRequests();
        for (String tab : tabs) {
            chromium.open(url + tab, settle);
        }
        return chromium.requests().stream().filter(request -> !isOwnFile(request)).toList();
    }

    static boolean isOwnFile(String url) {
        return url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:") || url.equals("about:blank");
    }
}
