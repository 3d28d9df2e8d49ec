package community.platform.contracts.voting.ids;

import community.platform.contracts.discord.CustomId;
import java.util.Optional;

/**
 * A campaign scenario's "Invest tokens" button ({@code voting:invest:<scenarioId>}) and the form it opens
 * ({@code voting:investform:<scenarioId>}, its field {@link #TOKENS}).
 */
public record InvestId(String scenarioId) implements CustomId {

    public static final String PREFIX = "voting:invest";
    public static final String FORM_PREFIX = "voting:investform";
    public static final String TOKENS = "tokens";

    public InvestId {
        if (!CustomId.snowflake(scenarioId)) {
            throw new IllegalArgumentException("an investment needs a scenario id");
        }
    }

    @Override
    public String format() {
        return CustomId.checked(PREFIX + ':' + scenarioId);
    }

    public String formId() {
        return CustomId.checked(FORM_PREFIX + ':' + scenarioId);
    }

    public static Optional<InvestId> parse(String id) {
        return CustomId.parts(id, PREFIX, 3).filter(p -> CustomId.snowflake(p.get(2))).map(p -> new InvestId(p.get(2)));
    }

    public static Optional<InvestId> parseForm(String id) {
        return CustomId.parts(id, FORM_PREFIX, 3).filter(p -> CustomId.snowflake(p.get(2)))
                .map(p -> new InvestId(p.get(2)));
    }
}
