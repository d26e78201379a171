package netspec.linux;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One route of {@code ip -j [-6] route show}. {@code dst} is "default" or a prefix; a host route
 * has no "/32". Without {@code -d} iproute2 omits type unicast, protocol boot and scope global
 * (the {@code -d} output shows them), so those defaults are filled in to make both outputs agree.
 * {@code gateway}, {@code dev}, {@code prefsrc}, {@code metric}, {@code table}, {@code pref} are
 * null when not printed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Route(
        String type,
        String dst,
        String gateway,
        String dev,
        String protocol,
        String scope,
        String prefsrc,
        Integer metric,
        String table,
        String pref,
        List<String> flags) {

    public Route {
        type = type == null ? "unicast" : type;
        protocol = protocol == null ? "boot" : protocol;
        scope = scope == null ? "global" : scope;
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    public boolean isDefault() {
        return "default".equals(dst);
    }

    /** e.g. "linkdown" (the device has no carrier) or "onlink". */
    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }
}
