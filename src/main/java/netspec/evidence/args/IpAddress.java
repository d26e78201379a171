package netspec.evidence.args;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** An IPv4 or IPv6 address literal; never resolved as a host name. */
public record IpAddress(String value, boolean ipv6) {

    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");

    public static IpAddress parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidStepArgument("IP address", "", "it is empty; give an IPv4 address like 10.0.0.1 or IPv6 like fd00::1");
        }
        if (IPV4.matcher(text).matches()) {
            return new IpAddress(text, false);
        }
        if (text.contains(":") && IPV6_CHARS.matcher(text).matches()) {
            try {
                // only hex digits, ':' and '.' reach here, so this parses a literal and never asks DNS
                InetAddress.getByName(text);
                return new IpAddress(text, true);
            } catch (UnknownHostException e) {
                // fall through to the error below
            }
        }
        throw new InvalidStepArgument("IP address", text,
                "it is not an IPv4 address (four numbers 0-255 separated by '.') nor an IPv6 address");
    }

    /** The prefix length that covers only this address: 32 or 128. */
    public int hostPrefix() {
        return ipv6 ? 128 : 32;
    }

    @Override
    public String toString() {
        return value;
    }
}
