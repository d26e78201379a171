package netspec.steps;

import io.cucumber.java.ParameterType;
import netspec.lab.LinkRef;
import netspec.evidence.Place;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.NamespaceName;
import netspec.evidence.args.PortNumber;
import netspec.evidence.args.WaitSeconds;

/**
 * Step arguments are matched loosely (any word, or anything in double quotes) and then checked strictly, so
 * that a bad name fails with the rule it broke instead of turning the step into an undefined one. What each
 * placeholder accepts, with examples, is written once in {@link netspec.evidence.args.ArgumentTypes} (printed in
 * docs/steps.md); a placeholder added here needs its entry there, or {@code StepCatalogTest} fails.
 */
public class ParameterTypes {

    /** Quoted, or one word; a quote inside a word is matched too, so that the name's rule refuses it. */
    private static final String WORD = "\"[^\"]*\"|[^\\s\"][^\\s]*";

    @ParameterType(name = "iface", value = WORD)
    public InterfaceName iface(String text) {
        return new InterfaceName(unquote(text));
    }

    @ParameterType(name = "netns", value = WORD)
    public NamespaceName netns(String text) {
        return new NamespaceName(unquote(text));
    }

    /** "the host" (the sandbox's own namespace) or a named namespace. */
    @ParameterType(name = "place", value = "the host|" + WORD)
    public Place place(String text) {
        return text.equals("the host") ? Place.HOST : Place.of(new NamespaceName(unquote(text)));
    }

    /** "eth0 in ns1", or "veth1" for an interface of the host. */
    @ParameterType(name = "link", value = "(?:" + WORD + ") in (?:the host|" + WORD + ")|" + WORD)
    public LinkRef link(String text) {
        int in = text.lastIndexOf(" in ");
        if (in < 0) {
            return new LinkRef(iface(text), Place.HOST);
        }
        return new LinkRef(iface(text.substring(0, in)), place(text.substring(in + 4)));
    }

    /** Interfaces of the host in a list: "veth1", "veth1, veth2" or "veth1, veth2 and veth3". */
    @ParameterType(name = "ifaces", value = "(?:" + WORD + ")(?:(?:, | and )(?:" + WORD + "))*")
    public java.util.List<InterfaceName> ifaces(String text) {
        return java.util.Arrays.stream(text.split(", | and ")).map(this::iface).toList();
    }

    @ParameterType(name = "ip", value = WORD)
    public IpAddress ip(String text) {
        return IpAddress.parse(unquote(text));
    }

    @ParameterType(name = "cidr", value = WORD)
    public Cidr cidr(String text) {
        return Cidr.parse(unquote(text));
    }

    /** How long a Then-step waits, "within 3 seconds": checked against {@link WaitSeconds}'s bounds. */
    @ParameterType(name = "seconds", value = "-?\\d+")
    public Integer seconds(String text) {
        return WaitSeconds.parse(text).value();
    }

    /** A TCP or UDP port, 1 to 65535 ({@link PortNumber}). */
    @ParameterType(name = "port", value = "-?\\d+")
    public Integer port(String text) {
        return PortNumber.parse(text).value();
    }

    private static String unquote(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }
}
