package community.platform.voting.proposal;

import community.platform.contracts.voting.ProposalClosed.Outcome;
import community.platform.voting.tally.TallyResult;
import java.util.OptionalInt;

/**
 * How a closed proposal is decided by the rules it opened with: no ballots, no winner; the quorum (turnout, abstaining
 * included, as a share of the guild's members; with members unknown a quorum above 0 cannot be shown met) else
 * "quorum missed"; a tie for the most, no winner; the leader needs more than the threshold's share, else "threshold
 * missed". The share is, by method: of the ballots that chose something (plurality: votes; approval: voters
 * approving it), of the ballots still counting in a ranked ballot's last round, and of the most points the counted
 * ballots could give (score: its average as a share of the highest score).
 */
final class OutcomePolicy {

    record Decision(Outcome outcome, OptionalInt winner) {
    }

    private OutcomePolicy() {
    }

    static Decision decide(TallyResult r, Integer members, int quorumPercent, int thresholdPercent) {
        return decide(r, members, quorumPercent, thresholdPercent, 0);
    }

    /** @param maxScore a score vote's highest score (unused by the other methods) */
    static Decision decide(TallyResult r, Integer members, int quorumPercent, int thresholdPercent, int maxScore) {
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
        long base = switch (r.method()) {
            case PLURALITY, APPROVAL -> r.counted();
            case RANKED -> r.totals().stream().mapToLong(Long::longValue).sum();
            case SCORE -> (long) r.counted() * maxScore;
        };
        if (votes * 100 <= (long) thresholdPercent * base) {
            return new Decision(Outcome.THRESHOLD_MISSED, OptionalInt.empty());
        }
        return new Decision(Outcome.WINNER, r.winner());
    }
}
