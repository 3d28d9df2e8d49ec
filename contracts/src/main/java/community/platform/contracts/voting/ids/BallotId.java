package community.platform.contracts.voting.ids;

import community.platform.contracts.discord.CustomId;
import community.platform.contracts.voting.CastBallot.Choice;
import java.util.Locale;
import java.util.Optional;

/** A proposal's ballot button: {@code voting:ballot:<proposalId>:<choice>}. */
public record BallotId(String proposalId, Choice choice) implements CustomId {

    public static final String PREFIX = "voting:ballot";

    public BallotId {
        if (!CustomId.snowflake(proposalId) || choice == null) {
            throw new IllegalArgumentException("a ballot button needs a proposal id and a choice");
        }
    }

    @Override
    public String format() {
        return CustomId.checked(PREFIX + ':' + proposalId + ':' + choice.name().toLowerCase(Locale.ROOT));
    }

    public static Optional<BallotId> parse(String id) {
        return CustomId.parts(id, PREFIX, 4).flatMap(p -> {
            if (!CustomId.snowflake(p.get(2))) {
                return Optional.empty();
            }
            try {
                return Optional.of(new BallotId(p.get(2), Choice.valueOf(p.get(3).toUpperCase(Locale.ROOT))));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }
}
