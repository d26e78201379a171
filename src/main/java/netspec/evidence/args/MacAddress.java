package netspec.evidence.args;

import java.util.Locale;
import java.util.regex.Pattern;

/** An Ethernet MAC address literal, six pairs of hex digits separated by ':'; kept in lower case as iproute2 prints it. */
public record MacAddress(String value) {

    private static final Pattern MAC = Pattern.compile("[0-9a-f]{2}(:[0-9a-f]{2}){5}");

    public MacAddress {
        value = value == null ? "" : value.toLowerCase(Locale.ROOT);
        if (!MAC.matcher(value).matches()) {
            throw new InvalidStepArgument("MAC address", value, "use six pairs of hex digits separated by ':',"
                    + " like 02:00:00:00:00:01");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
