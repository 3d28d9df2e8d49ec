package community.platform.contracts.voting;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;
import java.util.List;

/**
 * {@code /proposal} (or its form): opens a proposal members vote on. Keyed by {@code proposalId}, which is the id of
 * the interaction that opened it, so a command produced twice opens one proposal. {@code options}: 2 to 25 (absent:
 * Yes and No); {@code method}: {@code PLURALITY} (absent), {@code APPROVAL}, {@code RANKED} or {@code SCORE} (each
 * option scored 0 to {@code maxScore}); {@code hours} absent: the constitution's default duration. {@code secret}:
 * only counts are ever shown; {@code hiddenTally}: counts are shown once voting closed; {@code roleId}: only members
 * with that role vote. {@code permissions} and {@code roleIds}: the proposer's, for the constitution's rule of who
 * may propose. {@code dmBallots}: the ballot is sent to every eligible member by DM, and the proposal's "Vote" button
 * shows it privately (to a member whose DMs are closed).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpenProposal(String guildId, String proposalId, String title, String details, Integer hours,
                           InteractionRef interaction,
                           @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean secret,
                           @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean hiddenTally, String roleId,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> options, String method,
                           Integer maxScore, String permissions,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> roleIds,
                           @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean dmBallots)
        implements Message, FromInteraction {

    public static final List<String> YES_NO = List.of("Yes", "No");
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 25;
    /** An option's label: it must fit a button (80), a select option (100) and one line of the result. */
    public static final int MAX_OPTION_LENGTH = 55;
    public static final int DEFAULT_MAX_SCORE = 5;
    public static final int MAX_SCORE = 10;

    public OpenProposal {
        options = options == null ? List.of() : List.copyOf(options);
        roleIds = roleIds == null ? List.of() : List.copyOf(roleIds);
    }

    public OpenProposal(String guildId, String proposalId, String title, String details, Integer hours,
                        InteractionRef interaction) {
        this(guildId, proposalId, title, details, hours, interaction, false, false, null, List.of(), null, null, null,
                List.of(), false);
    }

    public OpenProposal(String guildId, String proposalId, String title, String details, Integer hours,
                        InteractionRef interaction, boolean secret, boolean hiddenTally, String roleId) {
        this(guildId, proposalId, title, details, hours, interaction, secret, hiddenTally, roleId, List.of(), null,
                null, null, List.of(), false);
    }

    /** The options voted on: Yes and No unless others were given. */
    public List<String> optionsOrDefault() {
        return options.isEmpty() ? YES_NO : options;
    }
}
