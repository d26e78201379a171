package netspec.kernel;

import java.util.regex.Pattern;

import netspec.evidence.Facts;
import netspec.evidence.Reading;
import netspec.shell.CommandResult;

/**
 * What iproute2 answered to a request a scenario attempted on purpose (an ID out of range, an option it warns
 * about): for behaviours whose evidence is the answer itself, not a state read back from the kernel.
 *
 * <pre>{@code
 * Reading<CommandResult> answer = outcomes.lastAttempt();   // ip link add v65536 link up0 type vlan id 65536
 * CommandAnswers.expectIproute2Refusal(answer, "id is invalid");
 * }</pre>
 */
public final class CommandAnswers {

    /** How iproute2 reports an argument it refuses itself, before sending anything to the kernel. */
    private static final Pattern IPROUTE2_ARGUMENT_ERROR = Pattern.compile("Error: argument \"[^\"]*\" is wrong: ");

    private CommandAnswers() {
    }

    public static void expectWarning(Reading<CommandResult> answer, String warning) {
        Facts.expect("the command succeeds and ip warns \"" + warning + "\"", answer,
                r -> r.succeeded() && r.stderr().contains(warning),
                r -> "exit " + r.exitStatus() + (r.stderr().isBlank() ? ", no warning" : ": " + r.stderr().strip()));
    }

    public static void expectIproute2Refusal(Reading<CommandResult> answer, String message) {
        Facts.expect("iproute2 refuses the argument itself (Error: argument \"…\" is wrong: …) with \"" + message + "\"",
                answer,
                r -> !r.succeeded() && r.stderr().contains(message) && IPROUTE2_ARGUMENT_ERROR.matcher(r.stderr()).find(),
                r -> r.succeeded() ? "the command succeeded" : "exit " + r.exitStatus() + ": " + r.stderr().strip());
    }
}
