package community.platform.voting.proposal;

import community.platform.contracts.voting.CastBallot.Choice;

/** What a click on a ballot button does, given the member's current ballot. */
final class BallotPolicy {

    enum Effect { CAST, CHANGED, WITHDRAWN }

    private BallotPolicy() {
    }

    /** @param current the member's ballot before the click, null if none */
    static Effect effect(Choice current, Choice clicked) {
        if (current == null) {
            return Effect.CAST;
        }
        return current == clicked ? Effect.WITHDRAWN : Effect.CHANGED;
    }
}
