package netspec.cni;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The error a plugin prints on stdout when it fails (CNI specification 1.0.0, "Error"). Codes 1 to 99 are
 * the specification's well-known ones, 100 and up the plugin's own.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CniError(String cniVersion, int code, String msg, String details) {

    public static final int INCOMPATIBLE_VERSION = 1;
    public static final int UNSUPPORTED_FIELD = 2;
    public static final int UNKNOWN_CONTAINER = 3;
    public static final int INVALID_ENVIRONMENT = 4;
    public static final int IO_FAILURE = 5;
    public static final int DECODING_FAILED = 6;
    public static final int INVALID_CONFIG = 7;
    public static final int TRY_AGAIN_LATER = 11;
    public static final int FIRST_PLUGIN_SPECIFIC = 100;

    public boolean isPluginSpecific() {
        return code >= FIRST_PLUGIN_SPECIFIC;
    }

    @Override
    public String toString() {
        return "error code " + code + " \"" + msg + "\"" + (details == null ? "" : " (" + details + ")");
    }
}
