package community.platform.gateway.action;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.EditChannelMessage;
import community.platform.contracts.discord.EditInteractionReply;
import community.platform.contracts.discord.InteractionRef;
import community.platform.contracts.discord.SendChannelMessage;
import community.platform.contracts.discord.SendInteractionFollowup;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ActionOrderTest {

    private static final DiscordMessage TEXT = DiscordMessage.text("text");

    @Test
    @DisplayName("GIVEN two members' follow-ups WHEN ordered THEN each keeps its own interaction's line, apart from the channel's")
    void followUpsOfDifferentMembersGoSideBySide() {
        String a = ActionOrder.of(new SendInteractionFollowup("1", ref("a", "m"), true, TEXT), id -> true);
        String b = ActionOrder.of(new SendInteractionFollowup("1", ref("b", "m"), true, TEXT), id -> true);

        assertThat(a).isNotEqualTo(b).isNotEqualTo(ActionOrder.CHANNEL);
    }

    @Test
    @DisplayName("GIVEN a slash command's reply edited, then a follow-up of it WHEN ordered THEN both are in that interaction's line, in order")
    void anInteractionsReplyAndFollowUpShareALine() {
        String reply = ActionOrder.of(new EditInteractionReply("1", ref("a", null), TEXT), id -> false);
        String followUp = ActionOrder.of(new SendInteractionFollowup("1", ref("a", null), false, TEXT), id -> false);

        assertThat(reply).isEqualTo(followUp);
    }

    @Test
    @DisplayName("GIVEN a click acknowledged by updating its message WHEN its edit is ordered THEN it is in the channel's line with the other edits of shared messages; a click answered with a reply of its own is in its interaction's line")
    void sharedMessageEditsStayInTheChannelLine() {
        assertThat(ActionOrder.of(new EditInteractionReply("1", ref("a", "m"), TEXT), id -> true))
                .isEqualTo(ActionOrder.CHANNEL);
        assertThat(ActionOrder.of(new EditInteractionReply("1", ref("a", "m"), TEXT), id -> false))
                .isEqualTo(ActionOrder.of(new SendInteractionFollowup("1", ref("a", "m"), true, TEXT), id -> false));
        assertThat(ActionOrder.of(new EditChannelMessage("1", "2", "m", TEXT), id -> true)).isEqualTo(ActionOrder.CHANNEL);
        assertThat(ActionOrder.of(new SendChannelMessage("1", "2", TEXT), id -> true)).isEqualTo(ActionOrder.CHANNEL);
    }

    private static InteractionRef ref(String interaction, String message) {
        return new InteractionRef("app", interaction, "token-" + interaction, "2", "user", "en-US",
                Instant.parse("2026-12-01T00:00:00Z"), message);
    }
}
