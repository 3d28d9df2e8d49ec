package community.platform.contracts.moderation.ids;

import community.platform.contracts.discord.CustomId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** An escalation's vote button: {@code moderation:vote:<escalationId>:<resolution>}. */
public record ModVoteId(String escalationId, String resolution) implements CustomId {

    public static final String PREFIX = "moderation:vote";
    /** The resolutions, as the moderation service names them. */
    public static final Set<String> RESOLUTIONS = Set.of("TRACK", "WARNING", "TIMEOUT", "RESTRICT", "KICK", "BAN");

    public ModVoteId {
        resolution = resolution == null ? null : resolution.toUpperCase(Locale.ROOT);
        if (!CustomId.snowflake(escalationId) || !RESOLUTIONS.contains(resolution)) {
            throw new IllegalArgumentException("a vote button needs an escalation id and a resolution");
        }
    }

    @Override
    public String format() {
        return CustomId.checked(PREFIX + ':' + escalationId + ':' + resolution.toLowerCase(Locale.ROOT));
    }

    public static Optional<ModVoteId> parse(String id) {
        return CustomId.parts(id, PREFIX, 4).flatMap(p -> CustomId.snowflake(p.get(2))
                && RESOLUTIONS.contains(p.get(3).toUpperCase(Locale.ROOT))
                ? Optional.of(new ModVoteId(p.get(2), p.get(3))) : Optional.empty());
    }
}
