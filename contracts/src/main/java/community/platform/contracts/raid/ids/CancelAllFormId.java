package community.platform.contracts.raid.ids;

import community.platform.contracts.discord.CustomId;
import java.util.Optional;

/** The confirmation form {@code /cancel_all_raids} opens: {@code raid:cancel-all}; its field {@link #CONFIRM}. */
public record CancelAllFormId() implements CustomId {

    public static final String PREFIX = "raid:cancel-all";
    public static final String CONFIRM = "confirm";

    @Override
    public String format() {
        return PREFIX;
    }

    public static Optional<CancelAllFormId> parse(String id) {
        return PREFIX.equals(id) ? Optional.of(new CancelAllFormId()) : Optional.empty();
    }
}
