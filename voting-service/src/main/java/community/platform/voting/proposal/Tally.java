package community.platform.voting.proposal;

import community.platform.voting.tally.Ballot;
import community.platform.voting.tally.TallyResult;
import java.util.List;

/** The ballots of one proposal in the order they were cast, and what its method counts from them. */
record Tally(Choices choices, List<Ballot> ballots) {

    Tally {
        ballots = List.copyOf(ballots);
    }

    static Tally empty(Choices choices) {
        return new Tally(choices, List.of());
    }

    int total() {
        return ballots.size();
    }

    int abstentions() {
        return (int) ballots.stream().filter(Ballot::abstain).count();
    }

    TallyResult result() {
        return choices.method().count(choices.size(), ballots);
    }
}
