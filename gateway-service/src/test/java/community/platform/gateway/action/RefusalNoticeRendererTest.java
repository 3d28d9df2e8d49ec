package community.platform.gateway.action;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RefusalNoticeRendererTest {

    @Test
    @DisplayName("GIVEN a ban refused for a missing permission WHEN rendered THEN it names what failed, who asked and the permission that fixes it")
    void missingPermission() {
        String notice = RefusalNoticeRenderer.render("discord.ModerateMember.v1", "moderation",
                "the bot lacks the permission Ban Members", "Ban Members");
        assertThat(notice).contains("act on a member", "for moderation", "**Ban Members**",
                "above the roles of the members");
    }

    @Test
    @DisplayName("GIVEN a post refused with 50001 Missing Access WHEN rendered THEN it says to let the bot see and post in the channel")
    void missingAccess() {
        assertThat(RefusalNoticeRenderer.render("discord.SendChannelMessage.v1", "voting",
                "Discord refused it: Missing Access (50001)", null)).contains("post a message", "View Channel");
    }

    @Test
    @DisplayName("GIVEN two refusals of one kind and one of another WHEN keyed THEN the same kind shares a key (one notice an hour)")
    void keys() {
        assertThat(RefusalNoticeRenderer.key("discord.ModerateMember.v1", 50013, "Ban Members"))
                .isEqualTo(RefusalNoticeRenderer.key("discord.ModerateMember.v1", 0, "Ban Members"))
                .isNotEqualTo(RefusalNoticeRenderer.key("discord.SendChannelMessage.v1", 50001, null));
    }
}
