package community.platform.economy.game;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Game data as JSON: read and written, a guild's overrides laid over the defaults ({@code null} removes a key), one
 * value set at a dotted path as an admin types it.
 */
public final class GameDataJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GameDataJson() {
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    public static String write(JsonNode node) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    /** The defaults with the overrides laid over them, objects merged key by key, a null removing the key. */
    public static JsonNode merge(JsonNode defaults, JsonNode overrides) {
        if (overrides == null || !overrides.isObject() || !defaults.isObject()) {
            return overrides == null ? defaults : overrides;
        }
        ObjectNode out = (ObjectNode) defaults.deepCopy();
        for (Map.Entry<String, JsonNode> e : overrides.properties()) {
            if (e.getValue().isNull()) {
                out.remove(e.getKey());
            } else if (out.has(e.getKey())) {
                out.set(e.getKey(), merge(out.get(e.getKey()), e.getValue()));
            } else {
                out.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        return out;
    }

    /** Overrides with {@code value} at a dotted path ({@code banners.premium.cost}); the input is not changed. */
    public static ObjectNode set(JsonNode overrides, String path, JsonNode value) {
        ObjectNode out = overrides != null && overrides.isObject() ? (ObjectNode) overrides.deepCopy()
                : JsonNodeFactory.instance.objectNode();
        String[] keys = path.split("\\.");
        ObjectNode at = out;
        for (int i = 0; i < keys.length - 1; i++) {
            JsonNode next = at.get(keys[i]);
            if (next == null || !next.isObject()) {
                next = at.putObject(keys[i]);
            }
            at = (ObjectNode) next;
        }
        at.set(keys[keys.length - 1], value);
        return out;
    }

    /** A typed value as JSON ({@code 750}, {@code {"name": ...}}); anything else is a string. */
    public static JsonNode value(String text) {
        try {
            return JSON.readTree(text);
        } catch (RuntimeException e) {
            return JsonNodeFactory.instance.stringNode(text);
        }
    }

    static JsonNode parse(InputStream in) throws IOException {
        return JSON.readTree(in);
    }
}
