package netspec.lab.cni;

import netspec.evidence.args.InvalidStepArgument;

/**
 * The network configuration lists a scenario can name: {@code bridge-chain} (assets/cni/bridge-chain.conflist,
 * Debian's reference plugins), and {@code plugin-under-test}, whose template -Dnetspec.cni.config names and may
 * be a list. A runtime finds each plugin of a list by its type in the directories of CNI_PATH.
 */
public final class NetworkLists {

    public static final String BRIDGE_CHAIN = "bridge-chain";

    private NetworkLists() {
    }

    /** The list's template and the CNI_PATH its plugins are looked up in. */
    public record Source(String name, String template, String cniPath) {
    }

    public static Source named(String name) {
        return switch (name) {
            case BRIDGE_CHAIN -> new Source(name, CniPlugins.template(BRIDGE_CHAIN + ".conflist"),
                    CniPlugins.REFERENCE_DIR);
            case PluginUnderTest.NAME -> {
                CniPlugin plugin = PluginUnderTest.plugin();
                if (!NetworkConfigList.isList(plugin.template())) {
                    throw new IllegalStateException("the configuration template of the plugin under test"
                            + " (-Dnetspec.cni.config) is no network configuration list: it has no \"plugins\"");
                }
                yield new Source(name, plugin.template(), plugin.cniPath());
            }
            default -> throw new InvalidStepArgument("CNI network list", name,
                    "use " + BRIDGE_CHAIN + " or " + PluginUnderTest.NAME);
        };
    }
}
