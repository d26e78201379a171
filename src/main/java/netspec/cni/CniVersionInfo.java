package netspec.cni;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The answer to VERSION: the specification versions the plugin speaks. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CniVersionInfo(String cniVersion, List<String> supportedVersions) {

    public CniVersionInfo {
        supportedVersions = supportedVersions == null ? List.of() : List.copyOf(supportedVersions);
    }
}
