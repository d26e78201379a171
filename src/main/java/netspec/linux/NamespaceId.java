package netspec.linux;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One entry of {@code ip -j netns list-id}: the id this namespace gives another one, the number
 * {@code link_netnsid} refers to. {@code name} is the name under /run/netns when iproute2 finds one,
 * null otherwise (the sandbox's own namespace has no name). The kernel hands ids out when it first
 * needs one, for example while dumping a link whose peer lives there, so read links before ids.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NamespaceId(int nsid, String name) {

    public boolean isNamed() {
        return name != null;
    }
}
