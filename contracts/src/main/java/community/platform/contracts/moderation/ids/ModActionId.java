package community.platform.contracts.moderation.ids;

import community.platform.contracts.discord.CustomId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A report's immediate-action button ({@code moderation:act:<escalationId>:<action>}) and the form it opens for the
 * reason ({@code moderation:actform:<escalationId>:<action>}, its field {@link #REASON}).
 */
public record ModActionId(String escalationId, String action) implements CustomId {

    public static final String PREFIX = "moderation:act";
    public static final String FORM_PREFIX = "moderation:actform";
    public static final String REASON = "reason";
    /** The immediate actions, as the moderation service names them. */
    public static final Set<String> ACTIONS = Set.of("DELETE_MESSAGE", "TIMEOUT", "RESTRICT", "KICK", "BAN");

    public ModActionId {
        action = action == null ? null : action.toUpperCase(Locale.ROOT);
        if (!CustomId.snowflake(escalationId) || !ACTIONS.contains(action)) {
            throw new IllegalArgumentException("an action button needs an escalation id and an action");
        }
    }

    @Override
    public String format() {
        return CustomId.checked(PREFIX + ':' + escalationId + ':' + action.toLowerCase(Locale.ROOT));
    }

    public String formId() {
        return CustomId.checked(FORM_PREFIX + ':' + escalationId + ':' + action.toLowerCase(Locale.ROOT));
    }

    public static Optional<ModActionId> parse(String id) {
        return parse(id, PREFIX);
    }

    public static Optional<ModActionId> parseForm(String id) {
        return parse(id, FORM_PREFIX);
    }

    private static Optional<ModActionId> parse(String id, String prefix) {
        return CustomId.parts(id, prefix, 4).flatMap(p -> CustomId.snowflake(p.get(2))
                && ACTIONS.contains(p.get(3).toUpperCase(Locale.ROOT))
                ? Optional.of(new ModActionId(p.get(2), p.get(3))) : Optional.empty());
    }
}
