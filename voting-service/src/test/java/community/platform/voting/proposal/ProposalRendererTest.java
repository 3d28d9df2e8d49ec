package community.platform.voting.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.voting.CastBallot.Choice;
import community.platform.contracts.voting.ProposalClosed.Outcome;
import community.platform.voting.constitution.Constitution;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProposalRendererTest {

    final Instant opened = Instant.parse("2026-11-23T10:00:00Z");
    final Proposal open = new Proposal(1, 2, 3, 12, "Raid night moves to Friday", null, 100, opened,
            opened.plusSeconds(3600), Constitution.DEFAULT, Secrecy.OPEN, null, null, null, null, null, null);
    final Tally tie = Tally.of(Map.of(Choice.YES, List.of(1L, 2L), Choice.NO, List.of(3L, 4L),
            Choice.ABSTAIN, List.of(5L)));

    @Test
    @DisplayName("GIVEN an open proposal WHEN rendered THEN it is 'Proposal #12' with enabled ballot buttons and Close now")
    void open() {
        DiscordMessage m = ProposalRenderer.render(open, tie, opened);
        assertThat(m.embeds().get(0).title()).isEqualTo("🗳️ Proposal #12: Raid night moves to Friday");
        assertThat(m.rows().get(0)).extracting(DiscordMessage.Button::label)
                .containsExactly("Yes", "No", "Abstain", "Close now");
        assertThat(m.rows().get(0)).noneMatch(DiscordMessage.Button::disabled);
    }

    @Test
    @DisplayName("GIVEN a proposal closed on a tie WHEN rendered THEN 'Closed without a winner', never 'Failed', buttons disabled, no Close now")
    void closedOnATie() {
        Proposal closed = open.closed(opened.plusSeconds(3600), null, Outcome.TIE, null, 10);
        DiscordMessage m = ProposalRenderer.render(closed, tie, opened.plusSeconds(4000));
        assertThat(m.embeds().get(0).description()).contains("at its deadline", "Closed without a winner: a tie")
                .doesNotContain("Failed");
        assertThat(m.rows().get(0)).extracting(DiscordMessage.Button::label)
                .containsExactly("Yes", "No", "Abstain");
        assertThat(m.rows().get(0)).allMatch(DiscordMessage.Button::disabled);
        assertThat(ProposalRenderer.result(closed, tie).embeds().get(0).title())
                .isEqualTo("📊 Proposal #12 closed: Raid night moves to Friday");
    }

    @Test
    @DisplayName("GIVEN a proposal closed early with a winner WHEN rendered THEN who closed it and the winning choice")
    void closedEarlyWithAWinner() {
        Proposal closed = open.closed(opened.plusSeconds(60), 100L, Outcome.WINNER, "YES", 10);
        assertThat(ProposalRenderer.result(closed, tie).embeds().get(0).description())
                .contains("early by <@100>", "**Yes** won.");
    }

    @Test
    @DisplayName("GIVEN a ballot cast or withdrawn WHEN confirmed THEN the member reads their own choice, or that it was withdrawn")
    void confirmations() {
        assertThat(ProposalRenderer.confirmation(open, Choice.NO)).contains("You voted **No** on Proposal #12");
        assertThat(ProposalRenderer.confirmation(open, null)).isEqualTo("Your ballot on Proposal #12 was withdrawn.");
    }

    @Test
    @DisplayName("GIVEN a secret proposal with a hidden tally for one role WHEN rendered open THEN no counts and no voters, the role named; closed THEN counts but never voters")
    void secretAndHidden() {
        Proposal secret = new Proposal(1, 2, 3, 13, "Who leads the raid", null, 100, opened, opened.plusSeconds(3600),
                Constitution.DEFAULT, new Secrecy(true, true, 77L), null, null, null, null, null, null);
        String open = text(ProposalRenderer.render(secret, tie, opened));
        assertThat(open).contains("hidden until voting closes", "Only members with <@&77> vote", "Secret ballot")
                .doesNotContain("<@1>", "Yes: 2");
        Proposal closed = secret.closed(opened.plusSeconds(3600), null, Outcome.TIE, null, 10);
        String after = text(ProposalRenderer.render(closed, tie, opened.plusSeconds(4000)));
        assertThat(after).contains("2").doesNotContain("<@1>", "<@3>", "hidden until");
    }

    private static String text(DiscordMessage m) {
        StringBuilder out = new StringBuilder(m.embeds().get(0).description());
        m.embeds().get(0).fields().forEach(f -> out.append('\n').append(f.name()).append(": ").append(f.value()));
        return out.toString();
    }
}
