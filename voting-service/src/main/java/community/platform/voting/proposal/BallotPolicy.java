package community.platform.voting.proposal;

import community.platform.contracts.voting.CastBallot;
import community.platform.voting.tally.Ballot;
import community.platform.voting.tally.TallyMethod;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * What a member's use of a ballot component does to their ballot, given the one they have (pure): an option's
 * button casts it, the same again withdraws; the approval select replaces the options approved (none withdraws); a
 * preference's select puts that option at that preference (the others move down; the same again removes it); a
 * score's select sets that option's score (unscored options have 0); Abstain abstains (again withdraws); Withdraw
 * withdraws. A pick that does not fit the proposal (another method's component, an option it does not have) is
 * refused and changes nothing.
 */
final class BallotPolicy {

    enum Effect { CAST, CHANGED, WITHDRAWN, UNCHANGED }

    /** What the click did. */
    sealed interface Step {
        /** @param ballot the member's ballot now, null when they have none */
        record Now(Ballot ballot, Effect effect) implements Step {
        }

        record Refused(String reason) implements Step {
        }
    }

    static final String NOT_ON_BALLOT = "That choice is not on this ballot.";

    private BallotPolicy() {
    }

    /** @param current the member's ballot before the click, null if none */
    static Step apply(Choices choices, Ballot current, long voter, CastBallot click) {
        List<Integer> marks = current == null || current.abstain() ? List.of() : current.marks();
        return switch (click.choice()) {
            case YES, NO -> option(choices, current, voter, click.choice() == CastBallot.Choice.YES ? 0 : 1);
            case OPTION -> click.option() == null ? refused() : option(choices, current, voter, click.option());
            case APPROVE -> {
                if (choices.method() != TallyMethod.APPROVAL || click.approved() == null
                        || click.approved().stream().anyMatch(o -> o < 0 || o >= choices.size())
                        || new HashSet<>(click.approved()).size() != click.approved().size()) {
                    yield refused();
                }
                List<Integer> approved = click.approved().stream().sorted().toList();
                yield approved.isEmpty() ? withdraw(current) : now(current, new Ballot(voter, false, approved));
            }
            case RANK -> {
                Integer rank = click.rank();
                Integer option = click.option();
                if (choices.method() != TallyMethod.RANKED || rank == null || option == null || rank < 0
                        || rank >= choices.ranks() || option < 0 || option >= choices.size()) {
                    yield refused();
                }
                List<Integer> ranking = new ArrayList<>(marks);
                if (rank < ranking.size() && ranking.get(rank).equals(option)) {
                    ranking.remove((int) rank);
                } else {
                    ranking.remove(option);
                    ranking.add(Math.min(rank, ranking.size()), option);
                    if (ranking.size() > choices.ranks()) {
                        ranking = ranking.subList(0, choices.ranks());
                    }
                }
                yield ranking.isEmpty() ? withdraw(current) : now(current, new Ballot(voter, false, ranking));
            }
            case SCORE -> {
                Integer option = click.option();
                Integer score = click.score();
                if (choices.method() != TallyMethod.SCORE || option == null || score == null || option < 0
                        || option >= choices.size() || score < 0 || score > choices.maxScore()) {
                    yield refused();
                }
                List<Integer> scores = new ArrayList<>(marks.isEmpty() ? choices.zeros() : marks);
                scores.set(option, score);
                yield now(current, new Ballot(voter, false, scores));
            }
            case ABSTAIN -> current != null && current.abstain() ? withdraw(current)
                    : now(current, Ballot.abstention(voter));
            case WITHDRAW -> withdraw(current);
            case SHOW -> new Step.Now(current, Effect.UNCHANGED);
        };
    }

    private static Step option(Choices choices, Ballot current, long voter, int option) {
        if (choices.method() != TallyMethod.PLURALITY || option < 0 || option >= choices.size()) {
            return refused();
        }
        if (current != null && !current.abstain() && current.marks().equals(List.of(option))) {
            return withdraw(current);
        }
        return now(current, Ballot.of(voter, option));
    }

    private static Step now(Ballot current, Ballot next) {
        if (current == null) {
            return new Step.Now(next, Effect.CAST);
        }
        boolean same = current.abstain() == next.abstain() && current.marks().equals(next.marks());
        return new Step.Now(next, same ? Effect.UNCHANGED : Effect.CHANGED);
    }

    private static Step withdraw(Ballot current) {
        return new Step.Now(null, current == null ? Effect.UNCHANGED : Effect.WITHDRAWN);
    }

    private static Step refused() {
        return new Step.Refused(NOT_ON_BALLOT);
    }
}
