package netspec.kernel.k8s;

import netspec.evidence.Place;

import netspec.evidence.args.NamespaceName;

/**
 * A pod: its network namespace, named in the sandbox's /run/netns, and its pause process, PID 1 of the pod's
 * own PID namespace; {@code pid} is that process as the sandbox numbers it.
 */
public record Pod(NamespaceName name, long pid, PauseProgram pause) {

    public Place place() {
        return Place.of(name);
    }

    @Override
    public String toString() {
        return name.value();
    }
}
