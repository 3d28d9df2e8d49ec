package community.platform.gateway.voting;

import community.platform.contracts.Topics;
import community.platform.contracts.voting.OpenProposal;
import community.platform.gateway.interaction.Caller;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code /proposal title [options] [method] [hours] [max_score] [secret] [hidden] [role] [dm]}: opens a proposal at once,
 * its reply becomes the proposal message. Options are separated by {@code ;} (Yes and No when none are given). The
 * proposal's id is the interaction's, so one click opens one proposal however often it is delivered. Without hours,
 * the server's constitution says how long the vote runs.
 */
public final class ProposalCommand implements GatewayCommand {

    public static final int MAX_TITLE = 100;
    public static final int MAX_DETAILS = 1000;
    public static final int MIN_HOURS = 1;
    public static final int MAX_HOURS = 168;
    /** 25 options of 55 characters with their separators. */
    static final int MAX_OPTIONS_TEXT = 1500;
    static final List<String> METHODS = List.of("plurality", "approval", "ranked", "score");

    /** A proposal as typed: the fields every way of opening one shares. */
    record Draft(String title, String details, String options, String method, Long hours, Long maxScore,
                 boolean secret, boolean hidden, String roleId, boolean dmBallots) {
    }

    @Override
    public List<SlashCommandData> slashCommands() {
        return List.of(Commands.slash("proposal", "Open a proposal the server votes on")
                .addOptions(new OptionData(OptionType.STRING, "title", "What is being decided", true)
                                .setMaxLength(MAX_TITLE),
                        new OptionData(OptionType.STRING, "options", "2 to 25 options separated by ; (default Yes; No)")
                                .setMaxLength(MAX_OPTIONS_TEXT),
                        new OptionData(OptionType.STRING, "method", "How ballots are counted (default plurality)")
                                .addChoice("plurality: one choice each", "plurality")
                                .addChoice("approval: every option you accept", "approval")
                                .addChoice("ranked choice: instant runoff", "ranked")
                                .addChoice("score: 0 to max for each option (up to 4 options)", "score"),
                        new OptionData(OptionType.INTEGER, "hours", "How long the vote runs (default: the constitution's)")
                                .setRequiredRange(MIN_HOURS, MAX_HOURS),
                        new OptionData(OptionType.INTEGER, "max_score", "Highest score of a score vote (default 5)")
                                .setRequiredRange(1, OpenProposal.MAX_SCORE),
                        new OptionData(OptionType.BOOLEAN, "secret", "Only counts are ever shown, never who chose what"),
                        new OptionData(OptionType.BOOLEAN, "hidden", "Counts are shown once voting closed"),
                        new OptionData(OptionType.ROLE, "role", "Only members with this role vote"),
                        new OptionData(OptionType.BOOLEAN, "dm", "Send the ballot to every member by DM")));
    }

    @Override
    public Outcome onSlash(Calls.Slash call) {
        var o = call.options();
        return open(call.caller(), new Draft(o.text("title", Integer.MAX_VALUE), null,
                o.text("options", MAX_OPTIONS_TEXT), o.key("method", null),
                o.has("hours") ? o.whole("hours", Long.MIN_VALUE, Long.MAX_VALUE, 0) : null,
                o.has("max_score") ? o.whole("max_score", Long.MIN_VALUE, Long.MAX_VALUE, 0) : null,
                o.flag("secret"), o.flag("hidden"), o.role("role"), o.flag("dm")), ";");
    }

    /**
     * A proposal from the command or the form, every value a member can type checked again.
     *
     * @param separator what separates the options: {@code ;} in the command, a line break in the form
     */
    static Outcome open(Caller caller, Draft d, String separator) {
        String cleanTitle = d.title() == null ? "" : d.title().strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
            return Outcome.refuse("A proposal needs a title of 1 to " + MAX_TITLE + " characters.");
        }
        if (d.details() != null && d.details().length() > MAX_DETAILS) {
            return Outcome.refuse("Details may have at most " + MAX_DETAILS + " characters.");
        }
        if (d.hours() != null && (d.hours() < MIN_HOURS || d.hours() > MAX_HOURS)) {
            return Outcome.refuse("A vote runs between " + MIN_HOURS + " and " + MAX_HOURS + " hours.");
        }
        String method = d.method() == null ? "plurality" : d.method();
        if (!METHODS.contains(method)) {
            return Outcome.refuse("The method is one of " + String.join(", ", METHODS) + ".");
        }
        List<String> options = d.options() == null ? List.of() : Arrays.stream(d.options().split(separator))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (!options.isEmpty()) {
            if (options.size() < OpenProposal.MIN_OPTIONS || options.size() > OpenProposal.MAX_OPTIONS) {
                return Outcome.refuse("A proposal has " + OpenProposal.MIN_OPTIONS + " to " + OpenProposal.MAX_OPTIONS
                        + " options" + (separator.equals(";") ? ", separated by ;" : ", one per line") + ".");
            }
            if (options.stream().anyMatch(s -> s.length() > OpenProposal.MAX_OPTION_LENGTH)) {
                return Outcome.refuse("Each option has at most " + OpenProposal.MAX_OPTION_LENGTH + " characters.");
            }
            Set<String> seen = new HashSet<>();
            if (!options.stream().allMatch(s -> seen.add(s.toLowerCase(Locale.ROOT)))) {
                return Outcome.refuse("Each option must be different.");
            }
        }
        if (method.equals("score") && (options.isEmpty() ? 2 : options.size()) > 4) {
            return Outcome.refuse("A score vote has at most 4 options: each gets its own score select.");
        }
        if (d.maxScore() != null && !method.equals("score")) {
            return Outcome.refuse("max_score is for score votes.");
        }
        if (d.maxScore() != null && (d.maxScore() < 1 || d.maxScore() > OpenProposal.MAX_SCORE)) {
            return Outcome.refuse("The highest score is 1 to " + OpenProposal.MAX_SCORE + ".");
        }
        String proposalId = caller.ref().interactionId();
        return Outcome.send(Topics.VOTING_COMMANDS, proposalId, new OpenProposal(caller.guildId(), proposalId,
                cleanTitle, d.details(), d.hours() == null ? null : d.hours().intValue(), caller.ref(), d.secret(),
                d.hidden(), d.roleId(), options, method.toUpperCase(Locale.ROOT),
                d.maxScore() == null ? null : d.maxScore().intValue(), Long.toString(caller.permissions()),
                caller.roleIds(), d.dmBallots()), Ack.REPLY);
    }
}
