package community.platform.gateway.moderation;

import static community.platform.gateway.interaction.TestCalls.click;
import static community.platform.gateway.interaction.TestCalls.refused;
import static community.platform.gateway.interaction.TestCalls.sent;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.discord.CustomId;
import community.platform.contracts.moderation.CastModVote;
import community.platform.contracts.moderation.ids.ModVoteId;
import community.platform.gateway.interaction.Outcome.Ack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ModVoteButtonsTest {

    final ModVoteButtons buttons = new ModVoteButtons();

    @Test
    @DisplayName("a vote button casts the resolution it names on the escalation it names, keyed by the escalation")
    void votes() {
        CastModVote vote = sent(buttons.onComponent(click(new ModVoteId("555", "ban").format())),
                Topics.MODERATION_COMMANDS, "555", Ack.UPDATE, CastModVote.class);
        assertThat(vote).extracting(CastModVote::escalationId, CastModVote::resolution).containsExactly("555", "BAN");
    }

    @Test
    @DisplayName("a vote id with a resolution that does not exist, or an escalation that is not an id, is refused")
    void refusals() {
        for (String id : new String[] {"moderation:vote:555:exile", "moderation:vote:x:ban", "moderation:vote:555"}) {
            assertThat(refused(buttons.onComponent(click(id)))).as(id).isEqualTo(CustomId.NOT_RECOGNISED);
        }
    }
}
