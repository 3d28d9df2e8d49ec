package community.platform.voting.proposal;

import community.platform.contracts.voting.ProposalClosed.Outcome;
import community.platform.voting.tally.TallyResult;
import java.util.OptionalInt;

/**
 * How a closed proposal is decided by the rules it opened with: no ballots, no winner; the quorum (turnout, abstaining
 * included, as a share of the guild's members; with members unknown a quorum above 0 cannot be shown met) else
 * "quorum missed"; a tie for the most, no winner; the leader needs more than the threshold's share of the ballots
 * that chose something, else "threshold missed".
 */
final class OutcomePolicy {

    record Decision(Outcome outcome, OptionalInt winner) {
    }

    private OutcomePolicy() {
    }

    static Decision decide(TallyResult r, Integer members, int quorumPercent, int thresholdPercent) {
        if (r.turnout() == 0) {
            return new Decision(Outcome.NO_BALLOTS, OptionalInt.empty());
        }
        if (quorumPercent > 0 && (members == null || (long) r.turnout() * 100 < (long) quorumPercent * members)) {
            return new Decision(Outcome.QUORUM_MISSED, OptionalInt.empty());
        }
        if (r.counted() == 0 || r.winner().isEmpty()) {
            return new Decision(r.counted() == 0 ? Outcome.NO_BALLOTS : Outcome.TIE, OptionalInt.empty());
        }
        long votes = r.totals().get(r.winner().getAsInt());
        if (votes * 100 <= (long) thresholdPercent * r.counted()) {
            return new Decision(Outcome.THRESHOLD_MISSED, OptionalInt.empty());
        }
        return new Decision(Outcome.WINNER, r.winner());
    }
}
