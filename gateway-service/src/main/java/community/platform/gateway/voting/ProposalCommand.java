package community.platform.gateway.voting;

import community.platform.contracts.Topics;
import community.platform.contracts.voting.OpenProposal;
import community.platform.gateway.interaction.Caller;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code /proposal title [hours] [secret] [hidden] [role]}: opens a proposal at once, its reply becomes the proposal message. The proposal's id
 * is the interaction's, so one click opens one proposal however often it is delivered.
 */
public final class ProposalCommand implements GatewayCommand {

    public static final int MAX_TITLE = 100;
    public static final int MAX_DETAILS = 1000;
    public static final int MIN_HOURS = 1;
    public static final int MAX_HOURS = 168;
    public static final int DEFAULT_HOURS = 24;

    @Override
    public List<SlashCommandData> slashCommands() {
        return List.of(Commands.slash("proposal", "Open a proposal the server votes on")
                .addOptions(new OptionData(OptionType.STRING, "title", "What is being decided", true)
                                .setMaxLength(MAX_TITLE),
                        new OptionData(OptionType.INTEGER, "hours", "How long the vote runs (default 24)")
                                .setRequiredRange(MIN_HOURS, MAX_HOURS),
                        new OptionData(OptionType.BOOLEAN, "secret", "Only counts are ever shown, never who chose what"),
                        new OptionData(OptionType.BOOLEAN, "hidden", "Counts are shown once voting closed"),
                        new OptionData(OptionType.ROLE, "role", "Only members with this role vote")));
    }

    @Override
    public Outcome onSlash(Calls.Slash call) {
        return open(call.caller(), call.options().text("title", Integer.MAX_VALUE), null,
                call.options().whole("hours", Long.MIN_VALUE, Long.MAX_VALUE, DEFAULT_HOURS),
                call.options().flag("secret"), call.options().flag("hidden"), call.options().role("role"));
    }

    /** A proposal from the command or the form, every value a member can type checked again. */
    static Outcome open(Caller caller, String title, String details, long hours) {
        return open(caller, title, details, hours, false, false, null);
    }

    /** @param roleId only members with this role vote (null: everyone) */
    static Outcome open(Caller caller, String title, String details, long hours, boolean secret, boolean hidden,
                        String roleId) {
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
            return Outcome.refuse("A proposal needs a title of 1 to " + MAX_TITLE + " characters.");
        }
        if (details != null && details.length() > MAX_DETAILS) {
            return Outcome.refuse("Details may have at most " + MAX_DETAILS + " characters.");
        }
        if (hours < MIN_HOURS || hours > MAX_HOURS) {
            return Outcome.refuse("A vote runs between " + MIN_HOURS + " and " + MAX_HOURS + " hours.");
        }
        String proposalId = caller.ref().interactionId();
        return Outcome.send(Topics.VOTING_COMMANDS, proposalId, new OpenProposal(caller.guildId(), proposalId,
                cleanTitle, details, (int) hours, caller.ref(), secret, hidden, roleId), Ack.REPLY);
    }
}
