package netspec.evidence.args;

import java.util.regex.Pattern;

/** A version of the CNI specification as a network configuration names it, e.g. 1.0.0. */
public record CniVersion(String value) {

    private static final Pattern SEMVER = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    public CniVersion {
        if (value == null || !SEMVER.matcher(value).matches()) {
            throw new InvalidStepArgument("cniVersion", value == null ? "" : value,
                    "use three numbers separated by '.', like 1.0.0 or 0.4.0");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
