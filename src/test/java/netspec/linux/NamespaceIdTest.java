package netspec.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class NamespaceIdTest {

    @Test
    void theSandboxsOwnNamespaceNamesEveryNamespaceItMade() {
        assertThat(KernelJson.namespaceIds(Captured.read("topology/host-netns-list-id.json")))
                .extracting(NamespaceId::nsid, NamespaceId::name, NamespaceId::isNamed)
                .containsExactly(tuple(0, "ns1", true), tuple(1, "ns2", true));
    }

    @Test
    void seenFromANamedNamespaceTheSandboxsOwnHasAnIdButNoName() {
        assertThat(KernelJson.namespaceIds(Captured.read("topology/ns1-netns-list-id.json")))
                .extracting(NamespaceId::nsid, NamespaceId::name, NamespaceId::isNamed)
                .containsExactly(tuple(0, null, false), tuple(1, "ns2", true));
    }
}
