package netspec.evidence.args;

/** The name of a network namespace inside the sandbox (an entry of its private /run/netns). */
public record NamespaceName(String value) {
    public NamespaceName {
        KernelName.check("namespace name", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
