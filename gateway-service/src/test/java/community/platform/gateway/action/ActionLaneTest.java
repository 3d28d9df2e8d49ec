package community.platform.gateway.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.contracts.MessageCatalog;
import community.platform.gateway.GatewayProperties;
import java.time.Duration;
import java.util.List;
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

    @Test
    @DisplayName("GIVEN gateway.actions.paused-poll of zero or less WHEN the settings are bound THEN the gateway does not start, and the message names the setting")
    void pausedPollAboveZero() {
        for (Duration bad : List.of(Duration.ZERO, Duration.ofMillis(-5))) {
            assertThatThrownBy(() -> new GatewayProperties.Actions(8, 5, Duration.ofDays(7), Duration.ofSeconds(10),
                    0.9, 5, bad, 2000)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("gateway.actions.paused-poll");
        }
        assertThat(new GatewayProperties.Actions(8, 5, Duration.ofDays(7), Duration.ofSeconds(10), 0.9, 5,
                Duration.ofMillis(10), 2000).pausedPoll()).isEqualTo(Duration.ofMillis(10));
    }

    @Test
    @DisplayName("GIVEN gateway.actions.in-flight below 1 WHEN the settings are bound THEN the gateway does not start, and the message names the setting")
    void inFlightAtLeastOne() {
        for (int bad : new int[] {0, -1}) {
            assertThatThrownBy(() -> new GatewayProperties.Actions(8, 5, Duration.ofDays(7), Duration.ofSeconds(10),
                    0.9, 5, Duration.ofMillis(10), bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("gateway.actions.in-flight");
        }
    }
}
