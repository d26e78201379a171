package netspec.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import netspec.shell.CommandResult;
import netspec.host.LocalTarget;
import netspec.host.Sandbox;
import netspec.host.ssh.SshConnection;
import netspec.host.ssh.SshSettings;
import netspec.host.ssh.SshTarget;
import netspec.host.ssh.TestSshd;

/**
 * The cost of one trivial command ({@code true}) over SSH, four ways, against the same server in one run:
 * the sandbox's persistent shell on its channel (what netspec does), a new exec channel per command on the
 * same connection, an {@code ssh} process per command sharing a ControlMaster connection, and for reference
 * the local sandbox's persistent shell.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=netspec.bench.SshBenchmark -Dexec.classpathScope=test \
 *     -Dnetspec.ssh.host=... (and the other netspec.ssh.* settings; without a host it starts the test sshd)
 * </pre>
 * {@code -Dnetspec.bench.commands=N} sets how many commands each way runs (default 200; the slow ways run a
 * quarter of that).
 */
public final class SshBenchmark {

    private static final int WARM_UP = 2000;
    private static final int SLOW_WARM_UP = 5;
    private static final int ROUNDS = 10;

    private SshBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int commands = Integer.getInteger("netspec.bench.commands", 200);
        boolean ownServer = System.getProperty("netspec.ssh.host") == null && System.getenv("NETSPEC_SSH_HOST") == null;
        TestSshd sshd = ownServer ? TestSshd.start() : null;
        try {
            SshSettings settings = ownServer ? sshd.settings() : SshSettings.fromSystem();
            System.out.printf("netspec SSH benchmark: '%s' %d times (slow ways %d times), server %s%n",
                    "true", commands, commands / 4, settings.address());
            Stats local;
            Stats shellChannel;
            try (Sandbox localSandbox = new LocalTarget().openSandbox(); SshTarget target = new SshTarget(settings);
                 Sandbox sshSandbox = target.openSandbox()) {
                // warm the JIT on both paths (sshj's crypto needs thousands of runs), then take turns, so
                // that both see the same load from whatever else runs on the machine
                Samples.of(WARM_UP, () -> localSandbox.run("true"));
                Samples.of(WARM_UP, () -> sshSandbox.run("true"));
                Samples localSamples = new Samples();
                Samples sshSamples = new Samples();
                for (int round = 0; round < ROUNDS; round++) {
                    localSamples.add(Samples.of(commands / ROUNDS, () -> localSandbox.run("true")));
                    sshSamples.add(Samples.of(commands / ROUNDS, () -> sshSandbox.run("true")));
                }
                local = localSamples.stats();
                shellChannel = sshSamples.stats();
            }
            Stats execChannel;
            try (SshConnection connection = SshConnection.open(settings)) {
                Samples.of(SLOW_WARM_UP, () -> connection.exec("true"));
                execChannel = Samples.of(commands / 4, () -> connection.exec("true")).stats();
            }
            Stats controlMaster = controlMaster(settings, commands / 4);
            Stats localLifetime = lifetimes(new LocalTarget(), commands / 10);
            Stats sshLifetime;
            try (SshTarget target = new SshTarget(settings)) {
                sshLifetime = lifetimes(target, commands / 10);
            }

            System.out.printf("%n%-50s %10s %10s %10s %10s%n", "how", "median ms", "p90 ms", "p99 ms", "x local");
            row("local sandbox, persistent shell", local, local);
            row("ssh: sandbox shell on its channel (netspec)", shellChannel, local);
            row("ssh: new exec channel per command", execChannel, local);
            row("ssh: ssh process per command, ControlMaster", controlMaster, local);
            row("local sandbox opened, used once, closed", localLifetime, local);
            row("ssh: sandbox opened, used once, closed", sshLifetime, local);
            System.out.printf("%nshell channel / local shell: %.1fx (target: at most 2x)%n",
                    shellChannel.median() / local.median());
            System.out.printf("exec channel / shell channel: %.0fx (target: at least 20x)%n",
                    execChannel.median() / shellChannel.median());
        } finally {
            if (sshd != null) {
                sshd.close();
            }
        }
    }

    /** What a scenario pays for its sandbox: open, one command, close. */
    private static Stats lifetimes(netspec.host.Target target, int times) throws Exception {
        Command lifetime = () -> {
            try (Sandbox sandbox = target.openSandbox()) {
                return sandbox.run("true");
            }
        };
        Samples.of(SLOW_WARM_UP, lifetime);
        return Samples.of(times, lifetime).stats();
    }

    /** {@code ssh} as a user would script it: one process per command, all sharing one master connection. */
    private static Stats controlMaster(SshSettings settings, int commands) throws Exception {
        Path socketDir = Files.createTempDirectory("netspec-bench-ssh-");
        List<String> ssh = List.of("ssh", "-p", String.valueOf(settings.port()), "-i", settings.key().toString(),
                "-o", "UserKnownHostsFile=" + settings.knownHosts(), "-o", "StrictHostKeyChecking=yes",
                "-o", "BatchMode=yes", "-o", "ControlMaster=auto", "-o", "ControlPersist=60",
                "-o", "ControlPath=" + socketDir.resolve("%C"), "-l", settings.user(), settings.host());
        try {
            Samples.of(SLOW_WARM_UP, () -> run(ssh, "true")); // the first opens the master
            return Samples.of(commands, () -> run(ssh, "true")).stats();
        } finally {
            List<String> exit = new ArrayList<>(ssh.subList(0, ssh.size() - 1));
            exit.addAll(List.of("-O", "exit", settings.host()));
            new ProcessBuilder(exit).redirectErrorStream(true).start().waitFor();
            Files.deleteIfExists(socketDir);
        }
    }

    private static CommandResult run(List<String> ssh, String command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<String> argv = new ArrayList<>(ssh);
        argv.add(command);
        Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        int status = process.waitFor();
        if (status != 0) {
            throw new IllegalStateException("ssh failed (" + status + "): " + out);
        }
        return new CommandResult(command, status, out, "", Duration.ofNanos(System.nanoTime() - start));
    }

    private static void row(String how, Stats stats, Stats local) {
        System.out.printf("%-50s %10.3f %10.3f %10.3f %10.1f%n", how, stats.median(), stats.p90(), stats.p99(),
                stats.median() / local.median());
    }

    @FunctionalInterface
    private interface Command {
        CommandResult run() throws Exception;
    }

    /** Wall-clock milliseconds per command. */
    private static final class Samples {

        private final List<Double> millis = new ArrayList<>();

        static Samples of(int times, Command command) throws Exception {
            Samples samples = new Samples();
            for (int i = 0; i < times; i++) {
                long start = System.nanoTime();
                CommandResult result = command.run();
                samples.millis.add((System.nanoTime() - start) / 1e6);
                if (!result.succeeded()) {
                    throw new IllegalStateException("the benchmark command failed: " + result.transcript());
                }
            }
            return samples;
        }

        void add(Samples more) {
            millis.addAll(more.millis);
        }

        Stats stats() {
            return new Stats(millis.stream().mapToDouble(Double::doubleValue).sorted().toArray());
        }
    }

    private record Stats(double[] sorted) {

        double median() {
            return sorted[sorted.length / 2];
        }

        double p90() {
            return percentile(0.9);
        }

        double p99() {
            return percentile(0.99);
        }

        private double percentile(double fraction) {
            return sorted[(int) Math.ceil(sorted.length * fraction) - 1];
        }
    }
}
