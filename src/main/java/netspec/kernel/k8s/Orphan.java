package netspec.kernel.k8s;

/** A process of a pod whose parent ended before it: the kernel handed it to PID 1 of the pod. */
public record Orphan(Pod pod, long pid) {
}
