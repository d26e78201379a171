package netspec.lab.cni;

import java.util.Optional;

import netspec.evidence.args.InvalidStepArgument;

/**
 * The plugins a dual-stack scenario can name, each with a template that has {@code ${subnet6}} besides
 * {@code ${subnet}}: Debian's reference bridge plugin with host-local (one range per family) and netspec's bash
 * plugin. Your plugin has no dual-stack row: its one template serves the IPv4 scenarios.
 */
public final class DualStackPlugins {

    private static final String BASH_PLUGIN = "netspec-bash-cni";

    private DualStackPlugins() {
    }

    public static CniPlugin named(String name) {
        return switch (name) {
            case "bridge" -> new CniPlugin(name, CniPlugins.REFERENCE_DIR + "/bridge", CniPlugins.REFERENCE_DIR,
                    CniPlugins.template("bridge-dual-stack.json"), Optional.empty());
            case BASH_PLUGIN -> new CniPlugin(name, "", "", CniPlugins.template(BASH_PLUGIN + "-dual-stack.json"),
                    Optional.of("cni/" + BASH_PLUGIN));
            default -> throw new InvalidStepArgument("dual-stack CNI plugin", name, "use bridge or " + BASH_PLUGIN);
        };
    }
}
