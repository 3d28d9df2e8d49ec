package community.platform.moderation.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.discord.DeleteChannelMessage;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.DiscordMessage.Button;
import community.platform.contracts.discord.ModerateMember;
import community.platform.moderation.escalation.EscalationPolicy.Resolution;
import community.platform.moderation.escalation.EscalationRepository.Taken;
import community.platform.moderation.settings.ModerationSettings;
import community.platform.moderation.settings.VoteRules;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ImmediateActionsTest {

    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    static final ModerationSettings NO_RESTRICT_ROLE = new ModerationSettings(null, 1L << 40, VoteRules.DEFAULT, 60,
            null, 0, 30, null);

    static Escalation escalation(Long messageId) {
        return new Escalation(42, 1, 666, messageId, "spam", 100, 201, AT, VoteRules.DEFAULT, null,
                AT.plusSeconds(3600), null, null, null, null);
    }

    @Test
    @DisplayName("GIVEN a ban by Mira with a reason WHEN asked of Discord THEN a ban whose audit-log reason names the escalation, who and why, reported back")
    void banNamesWhoAndWhy() {
        CaseAction a = CaseAction.immediate(escalation(7L), NO_RESTRICT_ROLE, ImmediateAction.BAN, "Mira", "spam links");
        ModerateMember ban = (ModerateMember) a.request();
        assertThat(ban.kind()).isEqualTo(ModerateMember.Kind.BAN);
        assertThat(ban.reason()).isEqualTo("Escalation 42: ban by Mira - spam links");
        assertThat(a.initialState()).isEqualTo(CaseAction.State.PENDING);
        assertThat(a.done()).isEqualTo("Banned.");
    }

    @Test
    @DisplayName("GIVEN a report of a message WHEN its deletion is asked THEN the message in the reported channel, its outcome reported; without a message nothing")
    void deleteTheReportedMessage() {
        CaseAction a = CaseAction.immediate(escalation(7L), NO_RESTRICT_ROLE, ImmediateAction.DELETE_MESSAGE, "Mira",
                null);
        DeleteChannelMessage delete = (DeleteChannelMessage) a.request();
        assertThat(delete.channelId()).isEqualTo("100");
        assertThat(delete.messageId()).isEqualTo("7");
        assertThat(delete.reportsOutcome()).isTrue();
        assertThat(CaseAction.immediate(escalation(null), NO_RESTRICT_ROLE, ImmediateAction.DELETE_MESSAGE, "Mira",
                null)).isNull();
        assertThat(CaseAction.immediate(escalation(7L), NO_RESTRICT_ROLE, ImmediateAction.RESTRICT, "Mira", null))
                .as("no restrict role configured").isNull();
    }

    @Test
    @DisplayName("GIVEN a reason of 400 characters WHEN asked of Discord THEN the audit-log reason stays within Discord's 512")
    void longReasonFits() {
        CaseAction a = CaseAction.immediate(escalation(7L), NO_RESTRICT_ROLE, ImmediateAction.KICK, "x".repeat(100),
                "y".repeat(400));
        assertThat(((ModerateMember) a.request()).reason()).hasSizeLessThanOrEqualTo(CaseAction.AUDIT_REASON);
    }

    @Test
    @DisplayName("GIVEN a ban pending and a refused kick WHEN the report is drawn THEN a row of five actions, Ban now disabled, Kick now enabled again, both listed with who took them")
    void rowOfActions() {
        List<Taken> taken = List.of(
                new Taken(ImmediateAction.KICK, 12, "Noor", "raid", "⚠️ Kick failed: the bot lacks the permission"
                        + " Kick Members.", CaseAction.State.FAILED, AT),
                new Taken(ImmediateAction.BAN, 11, "Mira", "spam", "⏳ Banning: waiting for Discord.",
                        CaseAction.State.PENDING, AT));
        DiscordMessage m = EscalationRenderer.render(escalation(7L), Map.of(), EnumSet.allOf(Resolution.class), null,
                taken);
        assertThat(m.rows()).hasSize(3);
        List<Button> now = m.rows().get(2);
        assertThat(now).extracting(Button::label).containsExactly("Delete message", "Timeout now", "Restrict now",
                "Kick now", "Ban now");
        assertThat(now).extracting(Button::disabled).containsExactly(false, false, false, false, true);
        assertThat(now.get(4).customId()).isEqualTo("moderation:act:42:ban");
        String listed = m.embeds().get(0).fields().stream().filter(f -> f.name().equals("Actions taken")).findFirst()
                .orElseThrow().value();
        assertThat(listed).contains("**Kick** by Noor · raid → ⚠️ Kick failed")
                .contains("**Ban** by Mira · spam → ⏳ Banning: waiting for Discord.");
        assertThat(EscalationRenderer.render(escalation(null), Map.of(), EnumSet.allOf(Resolution.class), null,
                List.of()).rows().get(2)).extracting(Button::label).doesNotContain("Delete message");
    }
}
