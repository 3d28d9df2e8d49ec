package community.platform.voting.campaign;

/**
 * What may be done with a campaign (pure): who manages it, which stage a scenario may be submitted for, when a
 * scenario may be approved and the next stage started, and what an investment may take. Each answer is null when it
 * may, or the reason the member reads.
 */
final class CampaignPolicy {

    static final String MANAGERS_ONLY = "Only members who may manage the server create campaigns, approve scenarios"
            + " and start stages.";

    private CampaignPolicy() {
    }

    static String submit(Campaign c, int stage) {
        if (stage < 1 || stage > c.stages()) {
            return "Campaign #" + c.number() + " has stages 1 to " + c.stages() + ".";
        }
        if (stage <= c.stage()) {
            return "Stage " + stage + " of Campaign #" + c.number() + " has already started.";
        }
        return null;
    }

    static String approve(Campaign c, Scenario s) {
        if (s.approved()) {
            return "Scenario #" + s.number() + " is already approved.";
        }
        if (s.stage() <= c.stage()) {
            return "Stage " + s.stage() + " has already started; Scenario #" + s.number() + " can no longer join it.";
        }
        return null;
    }

    /** @param approved the approved scenarios of the next stage */
    static String start(Campaign c, int approved) {
        if (c.stageOpen()) {
            return "Stage " + c.stage() + " of Campaign #" + c.number() + " is still open.";
        }
        if (c.stage() >= c.stages()) {
            return "Campaign #" + c.number() + " has run all its " + c.stages() + " stages.";
        }
        if (approved == 0) {
            return "Stage " + (c.stage() + 1) + " of Campaign #" + c.number() + " has no approved scenarios yet.";
        }
        return null;
    }

    /** What a member reads when an investment would overdraw their budget: nothing changes. */
    static String overdraft(int tokens, int remaining) {
        return "You have " + remaining + (remaining == 1 ? " token" : " tokens") + " left; " + tokens
                + " would overdraw your budget, so nothing was invested.";
    }
}
