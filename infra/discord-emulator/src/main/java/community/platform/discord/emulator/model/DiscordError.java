package community.platform.discord.emulator.model;

/** A Discord JSON error: HTTP status, Discord's error code and message, as the real API answers them. */
public final class DiscordError extends RuntimeException {
    public final int status;
    public final int code;

    public DiscordError(int status, int code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
