package community.platform.gateway.action;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.MessageCatalog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ActionLaneTest {

    @Test
    @DisplayName("GIVEN every Discord action type WHEN laned THEN each is taken by exactly one lane: DMs and members' roles and moderation paced, the rest prompt, an unreadable type prompt (which dead-letters it)")
    void everyActionOneLane() {
        for (var type : MessageCatalog.DISCORD_ACTIONS) {
            assertThat(ActionLane.PROMPT.takes(type.type())).as(type.type())
                    .isNotEqualTo(ActionLane.PACED.takes(type.type()));
        }
        assertThat(ActionLane.PACED.takes(MessageCatalog.SEND_DIRECT_MESSAGE.type())).isTrue();
        assertThat(ActionLane.PACED.takes(MessageCatalog.MODERATE_MEMBER.type())).isTrue();
        assertThat(ActionLane.PROMPT.takes(MessageCatalog.EDIT_CHANNEL_MESSAGE.type())).isTrue();
        assertThat(ActionLane.PROMPT.takes(null)).isTrue();
        assertThat(ActionLane.PACED.takes(null)).isFalse();
    }
}
