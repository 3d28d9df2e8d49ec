package community.platform.discord.emulator.rest;

import java.util.HashMap;
import java.util.Map;

/**
 * A REST route template such as {@code /channels/{channel}/messages/{message}}. The major parameters (channel, guild,
 * webhook) name the rate-limit bucket, as on Discord.
 */
record Route(String method, String template, String[] parts, Handler handler) {

    @FunctionalInterface
    interface Handler {
        Response handle(Request request);
    }

    static Route of(String method, String template, Handler handler) {
        return new Route(method, template, template.substring(1).split("/"), handler);
    }

    Map<String, String> match(String method, String[] path) {
        if (!this.method.equals(method) || path.length != parts.length) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].startsWith("{")) {
                params.put(parts[i].substring(1, parts[i].length() - 1), path[i]);
            } else if (!parts[i].equals(path[i])) {
                return null;
            }
        }
        return params;
    }

    String bucket(Map<String, String> params) {
        String major = params.containsKey("channel") ? params.get("channel")
                : params.containsKey("token") ? params.get("app") + "/" + params.get("token")
                : params.getOrDefault("guild", "");
        return method + " " + template + " " + major;
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}
