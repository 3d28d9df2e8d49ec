package community.platform.gateway.action;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.EditInteractionReply;
import community.platform.contracts.discord.InteractionRef;
import community.platform.contracts.discord.SendInteractionFollowup;
import java.time.Instant;

/** Discord actions of one channel, as the action tests build them: clicks' edits, follow-ups, their interactions. */
final class DiscordActionFixtures {

    static final String GUILD = "1";
    static final String CHANNEL = "2";

    private DiscordActionFixtures() {
    }

    /** A click's answer editing {@code message} (the clicked one, or its own reply), reporting back when asked. */
    static EditInteractionReply clickEdit(String interaction, String message, boolean report) {
        return new EditInteractionReply(GUILD, ref(interaction, message), DiscordMessage.text("tally"), report);
    }

    static SendInteractionFollowup followUp(String interaction) {
        return new SendInteractionFollowup(GUILD, ref(interaction, "m"), true, DiscordMessage.text("you voted"));
    }

    static InteractionRef ref(String interaction, String message) {
        return new InteractionRef("app", interaction, "token-" + interaction, CHANNEL, "user", "en-US",
                Instant.parse("2026-12-01T00:00:00Z"), message);
    }
}
