package community.platform.contracts.raid.ids;

import community.platform.contracts.discord.CustomId;
import java.util.Optional;

/**
 * The form {@code /raidplan} opens: {@code raid:plan}; its fields are {@link #DUNGEON}, {@link #DAYS} and
 * {@link #TIMES} (one option per line or separated by commas), {@link #GROUP} and {@link #NOTE}.
 */
public record RaidFormId() implements CustomId {

    public static final String PREFIX = "raid:plan";
    public static final String DUNGEON = "dungeon";
    public static final String DAYS = "days";
    public static final String TIMES = "times";
    public static final String GROUP = "group";
    public static final String NOTE = "note";

    @Override
    public String format() {
        return PREFIX;
    }

    public static Optional<RaidFormId> parse(String id) {
        return PREFIX.equals(id) ? Optional.of(new RaidFormId()) : Optional.empty();
    }
}
