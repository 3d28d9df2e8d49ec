package community.platform.contracts.raid.ids;

import community.platform.contracts.discord.CustomId;
import community.platform.contracts.raid.CloseRaid;
import java.util.Locale;
import java.util.Optional;

/** The raid message's Finish and Cancel buttons: {@code raid:close:<raidId>:finish|cancel}. */
public record RaidCloseId(String raidId, CloseRaid.Action action) implements CustomId {

    public static final String PREFIX = "raid:close";

    @Override
    public String format() {
        return CustomId.checked(PREFIX + ':' + raidId + ':' + action.name().toLowerCase(Locale.ROOT));
    }

    public static Optional<RaidCloseId> parse(String id) {
        return CustomId.parts(id, PREFIX, 4).flatMap(p -> {
            if (!CustomId.snowflake(p.get(2))) {
                return Optional.empty();
            }
            return switch (p.get(3)) {
                case "finish" -> Optional.of(new RaidCloseId(p.get(2), CloseRaid.Action.FINISH));
                case "cancel" -> Optional.of(new RaidCloseId(p.get(2), CloseRaid.Action.CANCEL));
                default -> Optional.empty();
            };
        });
    }
}
