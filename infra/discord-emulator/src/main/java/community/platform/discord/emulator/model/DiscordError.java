package community.platform.discord.emulator.model;

import tools.jackson.databind.node.ObjectNode;

/**
 * A Discord JSON error: HTTP status, Discord's error code and message, as the real API answers them; a form error
 * (50035) also carries Discord's nested {@code errors} object naming the field that is wrong.
 */
public final class DiscordError extends RuntimeException {
    public final int status;
    public final int code;
    /** Discord's {@code errors} object for 50035, or null */
    public final ObjectNode errors;

    public DiscordError(int status, int code, String message) {
        this(status, code, message, null);
    }

    public DiscordError(int status, int code, String message, ObjectNode errors) {
        super(message);
        this.status = status;
        this.code = code;
        this.errors = errors;
    }
}
