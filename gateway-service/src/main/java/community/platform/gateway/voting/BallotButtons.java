package community.platform.gateway.voting;

import community.platform.contracts.Topics;
import community.platform.contracts.voting.CastBallot;
import community.platform.contracts.voting.CastBallot.Choice;
import community.platform.contracts.voting.ids.BallotId;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A proposal's ballot buttons and selects ({@link BallotId}): an option's button, the select of one option, of the
 * options approved, of a preference or of an option's score, Abstain and Withdraw; keyed by the proposal. Select
 * values are checked here (a forged interaction can send anything): option numbers 0 to 24, scores 0 to 10. Whether
 * they fit the proposal is the voting service's to say.
 */
public final class BallotButtons implements GatewayCommand {

    static final String BAD_PICK = "That choice is not on this ballot.";

    /** A ballot sent by DM is used there: the proposal in the custom id names the guild, never the DM. */
    @Override
    public boolean acceptsDirect() {
        return true;
    }

    @Override
    public Set<String> customIdPrefixes() {
        return Set.of(BallotId.PREFIX);
    }

    @Override
    public Outcome onComponent(Calls.Component call) {
        return Outcome.ifRecognised(BallotId.parse(call.customId()), b -> {
            List<Integer> picked = new ArrayList<>();
            for (String v : call.values()) {
                if (!v.matches("[0-9]{1,2}") || Integer.parseInt(v) > 24) {
                    return Outcome.refuse(BAD_PICK);
                }
                picked.add(Integer.parseInt(v));
            }
            boolean one = picked.size() == 1;
            CastBallot ballot = switch (b.part()) {
                case OPTION -> cast(call, b, Choice.OPTION, b.index(), null, null, null);
                case PICK -> one ? cast(call, b, Choice.OPTION, picked.get(0), null, null, null) : null;
                case APPROVE -> picked.stream().distinct().count() == picked.size()
                        ? cast(call, b, Choice.APPROVE, null, picked, null, null) : null;
                case RANK -> one ? cast(call, b, Choice.RANK, picked.get(0), null, b.index(), null) : null;
                case SCORE -> one && picked.get(0) <= 10 ? cast(call, b, Choice.SCORE, b.index(), null, null,
                        picked.get(0)) : null;
                case ABSTAIN -> cast(call, b, Choice.ABSTAIN, null, null, null, null);
                case WITHDRAW -> cast(call, b, Choice.WITHDRAW, null, null, null, null);
                case VOTE -> cast(call, b, Choice.SHOW, null, null, null, null);
                case YES -> cast(call, b, Choice.YES, null, null, null, null);
                case NO -> cast(call, b, Choice.NO, null, null, null, null);
            };
            return ballot == null ? Outcome.refuse(BAD_PICK)
                    : Outcome.send(Topics.VOTING_COMMANDS, b.proposalId(), ballot, Ack.UPDATE);
        });
    }

    private static CastBallot cast(Calls.Component call, BallotId b, Choice choice, Integer option,
                                   List<Integer> approved, Integer rank, Integer score) {
        return new CastBallot(call.caller().guildId(), b.proposalId(), choice, call.caller().ref(),
                call.caller().roleIds(), option, approved, rank, score);
    }
}
