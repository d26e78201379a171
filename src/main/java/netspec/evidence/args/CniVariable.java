package netspec.evidence.args;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The environment variables a runtime hands a CNI plugin (CNI specification 1.0.0, "Parameters"). */
public enum CniVariable {
    CNI_COMMAND, CNI_CONTAINERID, CNI_NETNS, CNI_IFNAME, CNI_ARGS, CNI_PATH;

    public static CniVariable parse(String text) {
        return Arrays.stream(values()).filter(v -> v.name().equals(text)).findFirst()
                .orElseThrow(() -> new InvalidStepArgument("CNI variable", text, "use one of "
                        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))));
    }
}
