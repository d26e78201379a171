package netspec.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import netspec.host.LocalTarget;
import netspec.host.Sandbox;

/**
 * What a command and a sandbox cost on this machine: a benchmark to read, not a test that fails.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=netspec.bench.SandboxBenchmark -Dexec.classpathScope=test
 * </pre>
 *
 * Optional arguments ({@code -Dexec.args="2000 100"}): how many commands and how many sandboxes to measure.
 * Each measurement is preceded by a warmup, so JIT compilation, page cache and the first fork of a big JVM
 * do not land in the figures.
 */
public final class SandboxBenchmark {

    private SandboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int commands = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int sandboxes = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        LocalTarget target = new LocalTarget();

        long[] inShell;
        long[] program;
        long[] ipRead;
        try (Sandbox sandbox = target.openSandbox()) {
            inShell = measure(() -> succeed(sandbox, "true"), commands / 5, commands);
            // what most steps cost: the shell forks, and the program is loaded and linked
            program = measure(() -> succeed(sandbox, "/bin/true"), commands / 10, commands / 5);
            ipRead = measure(() -> succeed(sandbox, "ip -j -d -s link show dev lo"), commands / 10, commands / 5);
        }
        long[] forked = measure(SandboxBenchmark::forkTrue, commands / 10, commands / 5);
        long[] lifecycle = measure(() -> target.openSandbox().close(), Math.max(3, sandboxes / 10), sandboxes);

        System.out.printf("%-46s %8s %10s %10s %10s%n", "what (ms)", "samples", "median", "p90", "max");
        print("'true' in a sandbox's persistent shell", inShell);
        print("'/bin/true', a program, from that shell", program);
        print("'ip -j -d -s link show dev lo' from that shell", ipRead);
        print("'true' forked from the JVM (ProcessBuilder)", forked);
        print("sandbox openSandbox() + close()", lifecycle);
        System.out.printf("%n%s cores, %s, Linux %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                System.getProperty("os.version"));
    }

    private static void succeed(Sandbox sandbox, String command) {
        if (!sandbox.run(command).succeeded()) {
            throw new IllegalStateException("'" + command + "' failed in " + sandbox.description());
        }
    }

    /** Reads the (empty) output like a caller that wants it would, so both ways capture stdout. */
    private static void forkTrue() {
        try {
            Process process = new ProcessBuilder(List.of("true")).start();
            process.getOutputStream().close();
            try (InputStream out = process.getInputStream(); InputStream err = process.getErrorStream()) {
                out.readAllBytes();
                err.readAllBytes();
            }
            if (process.waitFor() != 0) {
                throw new IllegalStateException("'true' failed when forked");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long[] measure(Runnable action, int warmup, int samples) {
        for (int i = 0; i < warmup; i++) {
            action.run();
        }
        long[] nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            action.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void print(String what, long[] sorted) {
        System.out.printf("%-46s %8d %10.3f %10.3f %10.3f%n", what, sorted.length,
                percentile(sorted, 50), percentile(sorted, 90), sorted[sorted.length - 1] / 1e6);
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
