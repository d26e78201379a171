package netspec.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a sandbox must leave as it found it, seen from the runner's own namespaces (the machine's).
 *
 * @param netNamespaces    distinct {@code /proc/*}{@code /ns/net} links, i.e. net namespaces that have a process
 * @param sandboxProcesses processes whose command line holds {@code netspec-sandbox} (unshare and PID 1 of each)
 * @param links            {@code ip -o link show} of the machine's namespace
 * @param runNetns         entries of the machine's {@code /run/netns}
 * @param mounts           the machine's mount table: a sandbox's mounts must stay in its own mount namespace
 */
public record HostState(Set<String> netNamespaces, long sandboxProcesses, List<String> links, Set<String> runNetns,
                 List<String> mounts) {

    public static HostState now() {
        return new HostState(netNamespacesInUse(), countSandboxProcesses(), machineLinks(), runNetnsEntries(),
                machineMounts());
    }

    String counts() {
        return netNamespaces.size() + " net namespaces, " + sandboxProcesses + " netspec-sandbox processes";
    }

    /** The net namespace of each process that can be read; processes that end meanwhile are skipped. */
    static Set<String> netNamespacesInUse() {
        return pids().map(HostState::netNamespaceOf).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Null when the process has gone or is a zombie (a zombie holds no namespaces any more). */
    static String netNamespaceOf(long pid) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "ns", "net")).toString();
        } catch (IOException e) {
            return null;
        }
    }

    static long countSandboxProcesses() {
        return countProcessesWith("netspec-sandbox");
    }

    /** Processes of the sandboxes started by the runner with this PID, still alive or leaked. */
    public static long sandboxProcessesOf(long runnerPid) {
        return countProcessesWith(SandboxCommand.markerOf(runnerPid));
    }

    /**
     * This runner's local sandboxes still alive: descendants of this JVM (a local sandbox's unshare is its
     * child until it ends) that carry its marker. Sandboxes it started over SSH on this same machine are
     * sshd's children, and sshd ends them on its own time.
     */
    public static long localSandboxProcessesOfThisRunner() {
        String marker = SandboxCommand.markerOf(ProcessHandle.current().pid());
        return ProcessHandle.current().descendants().filter(p -> {
            try {
                byte[] cmdline = Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline"));
                return new String(cmdline, StandardCharsets.UTF_8).contains(marker);
            } catch (IOException e) {
                return false;
            }
        }).count();
    }

    private static long countProcessesWith(String marker) {
        return pids().filter(pid -> {
            try {
                byte[] cmdline = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
                return new String(cmdline, StandardCharsets.UTF_8).contains(marker);
            } catch (IOException e) {
                return false;
            }
        }).count();
    }

    static List<String> machineLinks() {
        try {
            Process ip = new ProcessBuilder("ip", "-o", "link", "show").redirectErrorStream(true).start();
            String out = new String(ip.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (ip.waitFor() != 0) {
                throw new IllegalStateException("ip -o link show failed: " + out);
            }
            return out.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Set<String> runNetnsEntries() {
        Path dir = Path.of("/run/netns");
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> machineMounts() {
        try {
            return Files.readAllLines(Path.of("/proc/self/mountinfo"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Long> pids() {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.map(p -> p.getFileName().toString()).filter(name -> name.matches("\\d+"))
                    .map(Long::valueOf).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
