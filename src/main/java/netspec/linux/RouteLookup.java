package netspec.linux;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The answer of {@code ip -j route get ADDRESS}: the route the kernel would take, with what it has cached for
 * that destination. A path MTU learned from an ICMP "fragmentation needed" shows in {@code metrics} as
 * {@code [{"mtu":1450}]}, with {@code expires} in seconds; both are absent otherwise.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RouteLookup(String type, String dst, String gateway, String dev, String prefsrc, Integer expires,
                          List<Map<String, Long>> metrics) {

    public RouteLookup {
        type = type == null ? "unicast" : type;
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
    }

    /** The path MTU cached for this destination, if the kernel learned one. */
    public Optional<Long> pathMtu() {
        return metrics.stream().filter(m -> m.containsKey("mtu")).map(m -> m.get("mtu")).findFirst();
    }

    @Override
    public String toString() {
        return type + " " + dst + (gateway == null ? "" : " via " + gateway) + " dev " + dev
                + pathMtu().map(mtu -> ", cached mtu " + mtu + " (expires in " + expires + " s)").orElse(", no cached mtu");
    }
}
