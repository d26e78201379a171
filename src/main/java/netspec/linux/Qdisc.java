package netspec.linux;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One entry of {@code tc -j qdisc show}. iproute2 6.1 prints a tbf's {@code rate} in bytes per second and its
 * {@code burst} in bytes (the CNI bandwidth plugin is configured in bits: 4000000 bits/s shows as 500000);
 * {@code lat} is the latency in microseconds. Options a kind does not have are 0.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Qdisc(String kind, String handle, String dev, boolean root, String parent, Options options) {

    public Qdisc {
        options = options == null ? new Options(0, 0, 0) : options;
    }

    public boolean isTbf() {
        return "tbf".equals(kind);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Options(long rate, long burst, long lat) {
    }

    @Override
    public String toString() {
        return kind + " " + handle + " on " + dev + (root ? " (root)" : parent == null ? "" : " parent " + parent)
                + (isTbf() ? " rate " + options.rate() + " B/s burst " + options.burst() + " B" : "");
    }
}
