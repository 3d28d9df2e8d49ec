package community.platform.gateway.interaction;

import community.platform.contracts.discord.CustomId;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A slash command's options as Discord delivered them, read with their declared type and range. Discord checks those
 * for its own clients; a forged interaction skips the checks, so every read checks again and a bad value is refused
 * with {@link BadOption}, whose message the member sees.
 */
public final class Options {

    /** How Discord typed an option. */
    public enum Kind { STRING, INTEGER, BOOLEAN, USER, CHANNEL, ROLE, NUMBER, OTHER }

    /**
     * One option: its type and its value as text (a user option's value is the user's id, {@code shown} the name the
     * server shows for them; null for other options).
     */
    public record Option(Kind kind, String value, String shown) {
        public Option(Kind kind, String value) {
            this(kind, value, null);
        }
    }

    /** A value a member (or a forged interaction) got wrong: the member is told, nothing is sent. */
    public static final class BadOption extends RuntimeException {
        public BadOption(String message) {
            super(message);
        }
    }

    static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");

    private final Map<String, Option> byName;

    public Options(Map<String, Option> byName) {
        this.byName = Map.copyOf(byName);
    }

    public static Options none() {
        return new Options(Map.of());
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    /** Text of at most {@code max} characters, stripped; null when absent or blank. */
    public String text(String name, int max) {
        Option o = byName.get(name);
        if (o == null || o.value() == null || o.value().isBlank()) {
            return null;
        }
        String value = o.value().strip();
        if (value.length() > max) {
            throw new BadOption(name + " may have at most " + max + " characters.");
        }
        return value;
    }

    /** A key of the game data or of settings ({@code standard}, {@code gold}): lower-case, 1 to 32 characters. */
    public String key(String name, String fallback) {
        Option o = byName.get(name);
        if (o == null) {
            return fallback;
        }
        String value = o.value().strip().toLowerCase(Locale.ROOT);
        if (!KEY.matcher(value).matches()) {
            throw new BadOption(name + " is a key such as 'standard': 1 to 32 lower-case letters, digits, '-' or '_'.");
        }
        return value;
    }

    public long whole(String name, long min, long max, long fallback) {
        Option o = byName.get(name);
        if (o == null) {
            return fallback;
        }
        long v;
        try {
            if (o.kind() != Kind.INTEGER) {
                throw new NumberFormatException();
            }
            v = Long.parseLong(o.value());
        } catch (NumberFormatException e) {
            throw new BadOption(name + " must be a whole number.");
        }
        if (v < min || v > max) {
            throw new BadOption(name + " must be between " + min + " and " + max + ".");
        }
        return v;
    }

    /** A whole number that must be given. */
    public long required(String name, long min, long max) {
        if (!byName.containsKey(name)) {
            throw new BadOption(name + " is needed.");
        }
        return whole(name, min, max, min);
    }

    public boolean flag(String name) {
        Option o = byName.get(name);
        if (o == null) {
            return false;
        }
        if (o.kind() != Kind.BOOLEAN || !(o.value().equals("true") || o.value().equals("false"))) {
            throw new BadOption(name + " must be true or false.");
        }
        return Boolean.parseBoolean(o.value());
    }

    /** A member of the server (a user option): their id, or {@code fallback} when absent. */
    public String member(String name, String fallback) {
        Option o = byName.get(name);
        if (o == null) {
            return fallback;
        }
        if (!CustomId.snowflake(o.value().strip())) {
            throw new BadOption(name + " must be a member of this server.");
        }
        return o.value().strip();
    }

    /** The name the server shows for the member of a user option (their nickname, else their name), or null. */
    public String memberName(String name) {
        Option o = byName.get(name);
        return o == null || o.kind() != Kind.USER ? null : o.shown();
    }

    /** A role of the server (a role option): its id, or null when absent. */
    public String role(String name) {
        return idOf(name, Kind.ROLE, "a role");
    }

    /** A channel of the server (a channel option): its id, or null when absent. */
    public String channel(String name) {
        return idOf(name, Kind.CHANNEL, "a channel");
    }

    private String idOf(String name, Kind kind, String what) {
        Option o = byName.get(name);
        if (o == null) {
            return null;
        }
        if (o.kind() != kind || !CustomId.snowflake(o.value().strip())) {
            throw new BadOption(name + " must be " + what + " of this server.");
        }
        return o.value().strip();
    }

    /** A Discord id typed as text (a message id): digits, or null when absent. */
    public String snowflake(String name) {
        String value = text(name, 20);
        if (value != null && !CustomId.snowflake(value)) {
            throw new BadOption(name + " must be an id (digits).");
        }
        return value;
    }
}
