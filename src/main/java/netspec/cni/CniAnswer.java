package netspec.cni;

import java.util.Optional;

/**
 * How a plugin answered one call: its exit status and stdout. Success is exit 0; failure is a non-zero
 * exit with the error JSON on stdout (CNI specification 1.0.0, "Execution Protocol").
 */
public record CniAnswer(int exitStatus, String stdout) {

    public boolean succeeded() {
        return exitStatus == 0;
    }

    /** The error, when the plugin failed and printed the specification's error JSON. */
    public Optional<CniError> error() {
        if (succeeded()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CniJson.error(stdout));
        } catch (IllegalArgumentException notAnError) {
            return Optional.empty();
        }
    }

    /** Failed as the specification asks: a non-zero exit and the error JSON, here with this code. */
    public boolean failedWith(int code) {
        return error().map(e -> e.code() == code).orElse(false);
    }

    /** The answer in plain words, for a report. */
    public String describe() {
        if (succeeded()) {
            return "exit 0" + (stdout.isBlank() ? ", nothing on stdout" : ", stdout: " + oneLine(stdout));
        }
        try {
            return "exit " + exitStatus + ", " + CniJson.error(stdout);
        } catch (IllegalArgumentException e) {
            return "exit " + exitStatus + ", but stdout is not the specification's error JSON: " + e.getMessage();
        }
    }

    private static String oneLine(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
