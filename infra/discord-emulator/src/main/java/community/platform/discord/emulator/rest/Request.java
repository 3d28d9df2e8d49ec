package community.platform.discord.emulator.rest;

import community.platform.discord.emulator.model.DiscordError;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A parsed REST request: path parameters, query, JSON body, the audit-log reason and files of a multipart body. */
record Request(String method, String path, Map<String, String> params, Map<String, String> query, JsonNode body,
               String auditReason, Map<String, Multipart.Upload> uploads) {

    long id(String param) {
        String raw = params.get(param);
        try {
            return Long.parseUnsignedLong(raw);
        } catch (NumberFormatException e) {
            throw new DiscordError(400, 50035, "Invalid Form Body: " + param + " '" + raw + "' is not a snowflake");
        }
    }

    String param(String name) {
        return params.get(name);
    }

    int queryInt(String name, int fallback) {
        String v = query.get(name);
        return v == null ? fallback : Integer.parseInt(v);
    }
}
