package community.platform.discord.emulator.model;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Collects what is wrong with a request body, field by field, and answers as Discord does (docs: reference.mdx
 * "Error Messages"): 400, code 50035 "Invalid Form Body", and an {@code errors} object that follows the body's shape,
 * array indexes as keys, each field's problems under {@code _errors} as {@code {code, message}}:
 * <pre>{"code":50035,"errors":{"0":{"name":{"_errors":[{"code":"APPLICATION_COMMAND_INVALID_NAME","message":"..."}]}}},
 * "message":"Invalid Form Body"}</pre>
 */
public final class FormErrors {

    private final ObjectNode errors = Payloads.object();
    private final List<String> described = new ArrayList<>();

    /** Records a problem at a path such as {@code "0.options.1.name"} (empty: the whole request). */
    public FormErrors add(String path, String code, String message) {
        ObjectNode at = errors;
        if (!path.isEmpty()) {
            for (String key : path.split("\\.")) {
                at = at.has(key) ? (ObjectNode) at.get(key) : at.putObject(key);
            }
        }
        ArrayNode list = at.has("_errors") ? (ArrayNode) at.get("_errors") : at.putArray("_errors");
        list.addObject().put("code", code).put("message", message);
        described.add((path.isEmpty() ? "" : path + ": ") + message);
        return this;
    }

    public boolean isEmpty() {
        return described.isEmpty();
    }

    /** Throws Discord's 50035 answer when anything was recorded. */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw new DiscordError(400, 50035, "Invalid Form Body", errors.deepCopy());
        }
    }

    /** One field's problem, thrown at once. */
    public static DiscordError of(String path, String code, String message) {
        FormErrors e = new FormErrors().add(path, code, message);
        return new DiscordError(400, 50035, "Invalid Form Body", e.errors.deepCopy());
    }

    /** Every problem on one line each, for logs and test failures. */
    public List<String> described() {
        return List.copyOf(described);
    }
}
