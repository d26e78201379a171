package netspec.evidence.args;

import java.util.regex.Pattern;

/** The name of a container in a pod, as Kubernetes allows it: a DNS label (RFC 1123). */
public record ContainerName(String value) {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

    public ContainerName {
        if (value == null || !LABEL.matcher(value).matches()) {
            throw new InvalidStepArgument("container name", value == null ? "" : value,
                    "use 1 to 63 lower-case letters, digits or '-', starting and ending with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
