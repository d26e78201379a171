package netspec.kernel.k8s;

import java.util.List;

/** What runs as PID 1 of a pod: the process that holds its namespaces. */
public enum PauseProgram {
    /** Sleeps and nothing else: it never waits for the orphans handed to it. */
    SLEEP(List.of("sleep", "infinity")),
    /** An init that waits for every child, its own or inherited, as Kubernetes' pause does. */
    TINI(List.of("tini", "--", "sleep", "infinity"));

    private final List<String> argv;

    PauseProgram(List<String> argv) {
        this.argv = argv;
    }

    public List<String> argv() {
        return argv;
    }
}
