package community.platform.contracts.voting.ids;

import community.platform.contracts.discord.CustomId;
import java.util.Optional;

/** A proposal's "Close now" button: {@code voting:close:<proposalId>}. */
public record CloseId(String proposalId) implements CustomId {

    public static final String PREFIX = "voting:close";

    public CloseId {
        if (!CustomId.snowflake(proposalId)) {
            throw new IllegalArgumentException("a close button needs a proposal id");
        }
    }

    @Override
    public String format() {
        return CustomId.checked(PREFIX + ':' + proposalId);
    }

    public static Optional<CloseId> parse(String id) {
        return CustomId.parts(id, PREFIX, 3).flatMap(p -> CustomId.snowflake(p.get(2))
                ? Optional.of(new CloseId(p.get(2))) : Optional.empty());
    }
}
