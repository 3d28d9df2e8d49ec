package community.platform.voting.proposal;

import community.platform.voting.chart.ResultChart;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.voting.ProposalClosed.Outcome;
import community.platform.voting.constitution.Constitution;
import community.platform.voting.tally.Ballot;
import community.platform.voting.tally.TallyMethod;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProposalRendererTest {

    final Instant opened = Instant.parse("2026-11-23T10:00:00Z");
    final Proposal open = proposal(Choices.YES_NO, Secrecy.OPEN);
    final Tally tie = new Tally(Choices.YES_NO, List.of(Ballot.of(1, 0), Ballot.of(2, 0), Ballot.of(3, 1),
            Ballot.of(4, 1), Ballot.abstention(5)));

    Proposal proposal(Choices choices, Secrecy secrecy) {
        return new Proposal(1, 2, 3, 12, "Raid night moves to Friday", null, 100, opened, opened.plusSeconds(3600),
                choices, Constitution.DEFAULT, secrecy, false, null, null, null, null, null, null, null);
    }

    @Test
    @DisplayName("GIVEN an open proposal WHEN rendered THEN it is 'Proposal #12' with enabled ballot buttons and Close now")
    void open() {
        DiscordMessage m = ProposalRenderer.render(open, tie, opened);
        assertThat(m.embeds().get(0).title()).isEqualTo("🗳️ Proposal #12: Raid night moves to Friday");
        assertThat(m.rows().get(0)).extracting(DiscordMessage.Button::label)
                .containsExactly("Yes", "No", "Abstain", "Close now");
        assertThat(m.rows().get(0)).noneMatch(DiscordMessage.Button::disabled);
        assertThat(text(m)).contains("✅ Yes: 2", "❌ No: 2", "➖ Abstain: 1", "<@1> Yes", "<@5> Abstain");
    }

    @Test
    @DisplayName("GIVEN a proposal closed on a tie WHEN rendered THEN 'Closed without a winner', never 'Failed', buttons disabled, no Close now")
    void closedOnATie() {
        Proposal closed = open.closed(opened.plusSeconds(3600), null, Outcome.TIE, null, 10, null);
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
    @DisplayName("GIVEN a proposal closed early with a winner WHEN rendered THEN who closed it and the winning option")
    void closedEarlyWithAWinner() {
        Proposal closed = open.closed(opened.plusSeconds(60), 100L, Outcome.WINNER, "Yes", 10, null);
        assertThat(ProposalRenderer.result(closed, tie).embeds().get(0).description())
                .contains("early by <@100>", "**Yes** won.");
    }

    @Test
    @DisplayName("GIVEN a closed proposal WHEN its result is posted THEN a PNG bar chart is attached and shown in the embed, a bar per option, the winner's longest")
    void resultChart() throws Exception {
        Proposal closed = open.closed(opened.plusSeconds(3600), null, Outcome.WINNER, "Yes", 10, null);
        Tally won = new Tally(Choices.YES_NO, List.of(Ballot.of(1, 0), Ballot.of(2, 0), Ballot.of(3, 1)));
        DiscordMessage result = ProposalRenderer.result(closed, won);
        assertThat(result.attachments()).singleElement().satisfies(a -> {
            assertThat(a.filename()).isEqualTo("proposal-12.png");
            assertThat(result.embeds().get(0).image()).isEqualTo("attachment://proposal-12.png");
        });
        BufferedImage chart = ImageIO.read(new ByteArrayInputStream(result.attachments().get(0).data()));
        assertThat(chart.getWidth()).isEqualTo(ResultChart.WIDTH);
        assertThat(chart.getHeight()).isEqualTo(ResultChart.height(2));
        // the bars: Yes (2 votes, the winner, green) twice as long as No (1 vote)
        assertThat(barLength(chart, 0)).isEqualTo(ResultChart.BAR_MAX);
        assertThat(barLength(chart, 1)).isBetween(ResultChart.BAR_MAX / 2 - 1, ResultChart.BAR_MAX / 2 + 1);
        assertThat(chart.getRGB(ResultChart.BAR_START + 2, ResultChart.TOP + ResultChart.ROW / 2) & 0xFFFFFF)
                .isEqualTo(ResultChart.WINNER.getRGB() & 0xFFFFFF);
    }

    static int barLength(BufferedImage chart, int option) {
        int y = ResultChart.TOP + option * ResultChart.ROW + ResultChart.ROW / 2;
        int x = ResultChart.BAR_START + 1; // the axis is drawn over the bars' first column
        int color = chart.getRGB(x, y);
        while (x < chart.getWidth() && chart.getRGB(x, y) == color) {
            x++;
        }
        return x - ResultChart.BAR_START;
    }

    @Test
    @DisplayName("GIVEN a ballot cast or withdrawn WHEN confirmed THEN the member reads their own ballot, or that it was withdrawn")
    void confirmations() {
        assertThat(ProposalRenderer.confirmation(open, Ballot.of(7, 1))).contains("You voted **No** on Proposal #12");
        assertThat(ProposalRenderer.confirmation(open, null)).isEqualTo("Your ballot on Proposal #12 was withdrawn.");
        Proposal ranked = proposal(new Choices(List.of("A", "B", "C"), TallyMethod.RANKED, 0), Secrecy.OPEN);
        assertThat(ProposalRenderer.confirmation(ranked, Ballot.of(7, 2, 0))).contains("**1. C · 2. A**");
    }

    @Test
    @DisplayName("GIVEN 12 options WHEN rendered THEN one select of them (values their numbers), Abstain, Withdraw and Close now; 25 options fit the fields with abstentions in the footer")
    void manyOptions() {
        Choices twelve = new Choices(IntStream.range(0, 12).mapToObj(i -> "Option " + i).toList(),
                TallyMethod.PLURALITY, 0);
        DiscordMessage m = ProposalRenderer.render(proposal(twelve, Secrecy.OPEN), Tally.empty(twelve), opened);
        assertThat(m.selects()).singleElement().satisfies(s -> {
            assertThat(s.options()).hasSize(12);
            assertThat(s.options().get(11).value()).isEqualTo("11");
            assertThat(s.maxValues()).isEqualTo(1);
        });
        assertThat(m.rows()).singleElement().satisfies(r -> assertThat(r).extracting(DiscordMessage.Button::label)
                .containsExactly("Abstain", "Withdraw", "Close now"));
        Choices full = new Choices(IntStream.range(0, 25).mapToObj(i -> "Option " + i).toList(),
                TallyMethod.APPROVAL, 0);
        DiscordMessage all = ProposalRenderer.render(proposal(full, Secrecy.OPEN), Tally.empty(full), opened);
        assertThat(all.embeds().get(0).fields()).hasSize(25);
        assertThat(all.embeds().get(0).footer()).contains("0 abstained");
        assertThat(all.selects().get(0).maxValues()).isEqualTo(25);
        assertThat(all.selects().get(0).minValues()).isZero();
    }

    @Test
    @DisplayName("GIVEN ranked and score proposals WHEN rendered THEN a select per preference (at most 4) or per option, within Discord's five rows")
    void rankedAndScore() {
        Choices six = new Choices(List.of("A", "B", "C", "D", "E", "F"), TallyMethod.RANKED, 0);
        DiscordMessage ranked = ProposalRenderer.render(proposal(six, Secrecy.OPEN), Tally.empty(six), opened);
        assertThat(ranked.selects()).extracting(DiscordMessage.Select::placeholder)
                .containsExactly("1st choice", "2nd choice", "3rd choice", "4th choice");
        assertThat(ranked.selects().size() + ranked.rows().size()).isEqualTo(DiscordMessage.MAX_ROWS);
        Choices three = new Choices(List.of("Quiz", "Movie", "Games"), TallyMethod.SCORE, 5);
        DiscordMessage score = ProposalRenderer.render(proposal(three, Secrecy.OPEN), Tally.empty(three), opened);
        assertThat(score.selects()).extracting(DiscordMessage.Select::placeholder)
                .containsExactly("Score for Quiz", "Score for Movie", "Score for Games");
        assertThat(score.selects().get(0).options()).extracting(DiscordMessage.Select.Option::value)
                .containsExactly("0", "1", "2", "3", "4", "5");
    }

    @Test
    @DisplayName("GIVEN a secret proposal with a hidden tally for one role WHEN rendered open THEN no counts and no voters, the role named; closed THEN counts but never voters")
    void secretAndHidden() {
        Proposal secret = proposal(Choices.YES_NO, new Secrecy(true, true, 77L));
        String open = text(ProposalRenderer.render(secret, tie, opened));
        assertThat(open).contains("hidden until voting closes", "Only members with <@&77> vote", "Secret ballot")
                .doesNotContain("<@1>", "Yes: 2");
        Proposal closed = secret.closed(opened.plusSeconds(3600), null, Outcome.TIE, null, 10, null);
        String after = text(ProposalRenderer.render(closed, tie, opened.plusSeconds(4000)));
        assertThat(after).contains("Yes: 2").doesNotContain("<@1>", "<@3>", "hidden until");
    }

    private static String text(DiscordMessage m) {
        StringBuilder out = new StringBuilder(m.embeds().get(0).description());
        m.embeds().get(0).fields().forEach(f -> out.append('\n').append(f.name()).append(": ").append(f.value()));
        return out.toString();
    }
}
