package community.platform.raid.board;

/**
 * The two messages a guild keeps current by editing them: the list of its open raids and the roster of its members
 * with their participation counts. Each has its columns in {@code raid_guild} and its coalesced edit
 * ({@code raid:list-<guild>}, {@code raid:roster-<guild>}).
 */
public enum Board {
    LIST("list"), ROSTER("roster");

    final String prefix;

    Board(String prefix) {
        this.prefix = prefix;
    }

    String timerId(long guildId) {
        return prefix + "-" + guildId;
    }

    static java.util.Optional<Board> ofTimer(String timerId) {
        for (Board b : values()) {
            if (timerId.startsWith(b.prefix + "-")) {
                return java.util.Optional.of(b);
            }
        }
        return java.util.Optional.empty();
    }
}
