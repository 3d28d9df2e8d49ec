package community.platform.contracts.voting.ids;

import community.platform.contracts.discord.CustomId;
import java.util.Optional;

/**
 * The form {@code /propose} opens: {@code voting:propose}; its fields are {@link #TITLE}, {@link #DETAILS},
 * {@link #OPTIONS} (one per line) and {@link #HOURS}.
 */
public record ProposalFormId() implements CustomId {

    public static final String PREFIX = "voting:propose";
    public static final String TITLE = "title";
    public static final String DETAILS = "details";
    public static final String HOURS = "hours";
    public static final String OPTIONS = "options";

    @Override
    public String format() {
        return PREFIX;
    }

    public static Optional<ProposalFormId> parse(String id) {
        return PREFIX.equals(id) ? Optional.of(new ProposalFormId()) : Optional.empty();
    }
}
