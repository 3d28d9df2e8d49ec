package community.platform.contracts.raid.ids;

import community.platform.contracts.discord.CustomId;
import community.platform.contracts.raid.VoteRaid;
import java.util.Locale;
import java.util.Optional;

/** The raid message's day or time select: {@code raid:vote:<raidId>:day|time}. */
public record RaidVoteId(String raidId, VoteRaid.Part part) implements CustomId {

    public static final String PREFIX = "raid:vote";

    @Override
    public String format() {
        return CustomId.checked(PREFIX + ':' + raidId + ':' + part.name().toLowerCase(Locale.ROOT));
    }

    public static Optional<RaidVoteId> parse(String id) {
        return CustomId.parts(id, PREFIX, 4).flatMap(p -> {
            if (!CustomId.snowflake(p.get(2))) {
                return Optional.empty();
            }
            return switch (p.get(3)) {
                case "day" -> Optional.of(new RaidVoteId(p.get(2), VoteRaid.Part.DAY));
                case "time" -> Optional.of(new RaidVoteId(p.get(2), VoteRaid.Part.TIME));
                default -> Optional.empty();
            };
        });
    }
}
