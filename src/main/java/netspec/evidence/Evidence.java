package netspec.evidence;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import io.cucumber.java.Scenario;
import io.qameta.allure.Allure;
import netspec.shell.CommandResult;

/**
 * Puts what a step did into the report, attached to the step that is running. Inside a scenario it goes
 * through Cucumber's own {@link Scenario#attach}, so every way of running the features keeps it: the Allure
 * plugin turns it into an attachment of the running step, Cucumber's html/json/message reports show it too,
 * and an IDE or CLI run without Allure loses nothing. Outside a scenario (a unit test of lab code) it goes to
 * Allure's current test, if there is one, and is dropped otherwise.
 */
public final class Evidence {

    private static final int NAME_LIMIT = 160;
    /** Cucumber runs a scenario's hooks and steps on one thread; the hooks set and clear this around them. */
    private static final ThreadLocal<Scenario> SCENARIO = new ThreadLocal<>();

    private Evidence() {
    }

    /** From now on this thread's evidence belongs to {@code scenario}; called by the first Before hook. */
    public static void collectFor(Scenario scenario) {
        SCENARIO.set(scenario);
    }

    /** The scenario has ended; called by the last After hook. */
    public static void scenarioEnded() {
        SCENARIO.remove();
    }

    /** One attachment per command, named after the command, holding what a terminal would have shown. */
    public static void command(Place place, CommandResult result) {
        String name = "$ " + result.command();
        if (name.length() > NAME_LIMIT) {
            name = name.substring(0, NAME_LIMIT - 1) + "…";
        }
        if (!result.succeeded()) {
            name += "   [exit " + result.exitStatus() + "]";
        }
        text(name, "# in " + place + "\n" + result.transcript());
    }

    public static void text(String name, String content) {
        attach(name, "text/plain", content.getBytes(StandardCharsets.UTF_8), ".txt");
    }

    public static void svg(String name, String svg) {
        attach(name, "image/svg+xml", svg.getBytes(StandardCharsets.UTF_8), ".svg");
    }

    /** A file as it is, e.g. a pcap with type application/vnd.tcpdump.pcap and extension ".pcap". */
    public static void binary(String name, String type, byte[] content, String extension) {
        attach(name, type, content, extension);
    }

    private static void attach(String name, String type, byte[] content, String extension) {
        Scenario scenario = SCENARIO.get();
        if (scenario != null) {
            scenario.attach(content, type, name);
        } else if (Allure.getLifecycle().getCurrentTestCaseOrStep().isPresent()) {
            Allure.addAttachment(name, type, new ByteArrayInputStream(content), extension);
        }
    }
}
