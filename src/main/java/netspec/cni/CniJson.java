package netspec.cni;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads what CNI plugins print on stdout, checking the fields the specification requires before mapping
 * them, so that a plugin's malformed answer fails with what is wrong rather than as a null later on.
 */
public final class CniJson {

    // Trailing tokens fail, so that two answers printed one after the other are not half read.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private CniJson() {
    }

    /** The result of ADD: an object with a string "cniVersion". */
    public static CniResult result(String json) {
        JsonNode root = object(json, "an ADD result");
        require(root.path("cniVersion").isTextual(), "an ADD result needs a string \"cniVersion\"", json);
        return map(root, CniResult.class, json);
    }

    /** An error: an object with an integer "code" and a string "msg" ("cniVersion" and "details" may be missing). */
    public static CniError error(String json) {
        JsonNode root = object(json, "a CNI error");
        require(root.path("code").isIntegralNumber(), "a CNI error needs an integer \"code\"", json);
        require(root.path("msg").isTextual(), "a CNI error needs a string \"msg\"", json);
        return map(root, CniError.class, json);
    }

    /** The answer to VERSION: an object with "cniVersion" and a list of strings "supportedVersions". */
    public static CniVersionInfo versionInfo(String json) {
        JsonNode root = object(json, "a VERSION answer");
        require(root.path("cniVersion").isTextual(), "a VERSION answer needs a string \"cniVersion\"", json);
        JsonNode supported = root.path("supportedVersions");
        boolean allStrings = supported.isArray();
        for (JsonNode v : supported) {
            allStrings &= v.isTextual();
        }
        require(allStrings, "a VERSION answer needs a list of strings \"supportedVersions\"", json);
        return map(root, CniVersionInfo.class, json);
    }

    /** Parses text that must be one JSON object, such as a network configuration. */
    public static JsonNode tree(String json, String what) {
        return object(json, what);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static JsonNode object(String json, String what) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("expected " + what + " as JSON, got nothing");
        }
        try {
            JsonNode root = MAPPER.readTree(json);
            require(root.isObject(), "expected " + what + " as a JSON object", json);
            return root;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("expected " + what + " as JSON: " + e.getOriginalMessage()
                    + "; got: " + start(json), e);
        }
    }

    private static <T> T map(JsonNode root, Class<T> type, String json) {
        try {
            return MAPPER.treeToValue(root, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage()
                    + "; got: " + start(json), e);
        }
    }

    private static void require(boolean holds, String rule, String json) {
        if (!holds) {
            throw new IllegalArgumentException(rule + "; got: " + start(json));
        }
    }

    private static String start(String json) {
        String flat = json.strip();
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
