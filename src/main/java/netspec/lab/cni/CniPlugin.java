package netspec.lab.cni;

import java.util.Optional;

/**
 * A CNI plugin under test: the executable on the target, the CNI_PATH it is called with, and the template of
 * its network configuration (see {@link NetworkConfig}). A plugin netspec ships is an asset sent to the target
 * through the shell before the first call; {@code binary} is then where it lands.
 */
public record CniPlugin(String name, String binary, String cniPath, String template, Optional<String> asset) {
}
