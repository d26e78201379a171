package netspec.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * A command that reads text on its standard input, still written as an argv list so that it is quoted like
 * any other: {@code sh -c 'printf '%s\n' "$0" | "$@"' TEXT COMMAND...}. The text travels inside the command,
 * so it reaches a remote target the same way.
 */
public final class StandardInput {

    private StandardInput() {
    }

    public static String[] feeding(String text, String... argv) {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "printf '%s\\n' \"$0\" | \"$@\"", text));
        command.addAll(List.of(argv));
        return command.toArray(String[]::new);
    }
}
