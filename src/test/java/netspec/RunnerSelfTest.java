package netspec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cucumber.core.cli.Main;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import netspec.capability.Capability;
import netspec.host.HostState;

/**
 * Runs the features of {@code src/test/resources/selftest} through Cucumber with netspec's real steps, hooks
 * and sandboxes, and checks what a user would see for each kind of outcome, and that a run with passing and
 * failing scenarios leaves the machine exactly as it found it.
 */
class RunnerSelfTest {

    private static final Path RESULTS = Path.of("target", "selftest", "outcomes.json");
    private static final Path ALLURE = Path.of("target", "selftest", "allure-results");
    private static HostState before;
    private static HostState after;
    private static Map<String, JsonNode> scenarios;
    private static byte exitStatus;
    private static String console;

    @BeforeAll
    static void runTheSelftestFeatures() throws IOException {
        Files.createDirectories(RESULTS.getParent());
        // results of an earlier run (of older code) would be read as this run's
        if (Files.isDirectory(ALLURE)) {
            try (var old = Files.walk(ALLURE)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        // a lifecycle of its own: another test may have set up Allure's default one with another folder
        Allure.setLifecycle(new AllureLifecycle(new FileSystemResultsWriter(ALLURE)));
        before = HostState.now();
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new TeeOutputStream(stdout, printed), true, StandardCharsets.UTF_8));
        try {
            exitStatus = Main.run(new String[]{"--glue", "netspec.steps", "--threads", "2", "--plugin",
                    "json:" + RESULTS, "--plugin", "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm", "--plugin",
                    "netspec.run.ConsoleProgress", "--plugin", "netspec.run.DidYouMean", "--no-summary", "--monochrome",
                    "src/test/resources/selftest/outcomes.feature"}, RunnerSelfTest.class.getClassLoader());
        } finally {
            System.setOut(stdout);
        }
        console = printed.toString(StandardCharsets.UTF_8);
        after = HostState.now();
        scenarios = new LinkedHashMap<>();
        for (JsonNode feature : new ObjectMapper().readTree(RESULTS.toFile())) {
            feature.path("elements").forEach(s -> scenarios.put(s.path("name").asText(), s));
        }
    }

    @Test
    void aFailingScenarioFailsTheRun() {
        assertThat(exitStatus).isNotZero();
    }

    @Test
    void aPassingScenarioPasses() {
        assertThat(statuses("passes")).matches("(passed,)*passed");
    }

    @Test
    void aFailedFactShowsExpectedActualAndTheCommandThatReadIt() {
        assertThat(error("fails on a fact the kernel contradicts"))
                .contains("Expected:  br0 is in promiscuous mode")
                .contains("Actual:    br0: flags")
                .contains("promiscuity 0")
                .contains("Read with: ip -j -d -s link show dev br0");
    }

    @Test
    void everyStepCarriesTheCommandsItRanAsATerminalShowsThem() throws IOException {
        String passing = allureResultOf("passes");
        assertThat(passing).contains("\"name\":\"$ ip link add br0 up type bridge\"")
                .contains("\"name\":\"$ ip -n ns1 address add 10.0.0.1/24 dev eth0\"")
                .contains("\"name\":\"fact: veth1 is in promiscuous mode\"");
        String attachment = passing.replaceAll("(?s).*\"name\":\"\\$ ip link add br0 up type bridge\",\"source\":\"([^\"]+)\".*", "$1");
        assertThat(ALLURE.resolve(attachment)).content()
                .startsWith("# in the host\n$ ip link add br0 up type bridge\n").contains("[exit 0, ");
    }

    @Test
    void aNearMissFailsSayingWhichStepsAreCloseAsGherkinNotJava() throws IOException {
        String scenario = "writes a step close to an existing one";
        String told = "Undefined step (line 19): Then br0 have learned the MAC of veth1\n"
                + "Did you mean:  Then br0 has learned the MAC address of veth1 on port {iface}";
        assertThat(statuses(scenario)).as("the steps after the failed check").isEqualTo("skipped,skipped");
        assertThat(error(scenario)).as("results").contains(told).doesNotContain("@Then(").doesNotContain("PendingException");
        assertThat(console).as("console").contains("FAILED   src/test/resources/selftest/outcomes.feature:17  " + scenario)
                .contains(told.replace("\n", "\n         ")).doesNotContain("@Then(");
        assertThat(allureResultOf(scenario)).as("report").contains("\"status\":\"broken\"")
                .contains("Did you mean:  Then br0 has learned the MAC address of veth1 on port {iface}")
                .doesNotContain("@Then(");
    }

    @Test
    void aStepNothingIsCloseToFailsPointingToTheCatalogue() {
        assertThat(error("uses a step nobody defined"))
                .contains("Undefined step (line 15): And a flux capacitor between br0 and the past\n"
                        + "No step is close to it; every step and what its arguments accept: docs/steps.md");
        assertThat(console).doesNotContain("You can implement");
    }

    @Test
    void aNameAShellWouldInterpretFailsBeforeAnyCommandNamingTheRule() {
        assertThat(error("gives an interface name a shell would interpret"))
                .contains("interface name 'br0;touch /tmp/netspec-pwned' is invalid: it contains ';'");
        assertThat(Path.of("/tmp/netspec-pwned")).doesNotExist();
    }

    @Test
    void anInvalidAddressFailsNamingTheRule() {
        assertThat(error("gives an invalid address")).contains("IP address '10.0.0.300' is invalid");
    }

    @Test
    void anUnknownCapabilityTagFailsNamingTheKnownOnes() {
        assertThat(error("requires a capability nobody knows"))
                .contains("unknown capability in tag @requires:warp-drive")
                .contains(Capability.BOND.tagName());
    }

    @Test
    void nothingIsLeftBehindAfterPassingAndFailingScenarios() {
        // other runs may share this machine: count only this runner's sandboxes, whose processes hold their namespaces
        assertThat(HostState.localSandboxProcessesOfThisRunner()).as("this run's sandbox processes").isZero();
        assertThat(after.links()).as("links of the machine's namespace").isEqualTo(before.links());
        assertThat(after.runNetns()).as("entries of the machine's /run/netns").isEqualTo(before.runNetns());
    }

    private static String allureResultOf(String scenario) throws IOException {
        try (var files = Files.list(ALLURE)) {
            for (Path file : files.filter(f -> f.toString().endsWith("-result.json")).toList()) {
                String json = Files.readString(file);
                if (json.contains("\"name\":\"" + scenario + "\"")) {
                    return json;
                }
            }
        }
        throw new AssertionError("no Allure result for scenario '" + scenario + "' in " + ALLURE);
    }

    private static String statuses(String scenario) {
        return steps(scenario).map(s -> s.path("result").path("status").asText()).collect(Collectors.joining(","));
    }

    private static String error(String scenario) {
        JsonNode node = scenarios.get(scenario);
        return StreamSupport.stream(node.path("before").spliterator(), false)
                .map(s -> s.path("result").path("error_message").asText(""))
                .collect(Collectors.joining("\n"))
                + steps(scenario).map(s -> s.path("result").path("error_message").asText(""))
                .collect(Collectors.joining("\n"));
    }

    private static java.util.stream.Stream<JsonNode> steps(String scenario) {
        JsonNode node = scenarios.get(scenario);
        assertThat(node).as("scenario '%s' in %s", scenario, RESULTS).isNotNull();
        return StreamSupport.stream(node.path("steps").spliterator(), false);
    }

    /** Lets the console of the run show as usual while the test reads what it printed. */
    private static final class TeeOutputStream extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        TeeOutputStream(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }
    }
}
