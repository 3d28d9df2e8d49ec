package community.platform.gateway.voting;

import static community.platform.gateway.interaction.TestCalls.click;
import static community.platform.gateway.interaction.TestCalls.pick;
import static community.platform.gateway.interaction.TestCalls.refused;
import static community.platform.gateway.interaction.TestCalls.sent;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.discord.CustomId;
import community.platform.contracts.voting.CastBallot;
import community.platform.contracts.voting.CastBallot.Choice;
import community.platform.contracts.voting.ids.BallotId;
import community.platform.contracts.voting.ids.BallotId.Part;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BallotButtonsTest {

    final BallotButtons buttons = new BallotButtons();

    @Test
    @DisplayName("an option's button casts that option, keyed by the proposal, on the clicked message")
    void casts() {
        // GIVEN the button of option 2 of proposal 123  WHEN clicked  THEN CastBallot(123, OPTION 2), message updated
        CastBallot ballot = sent(buttons.onComponent(click(new BallotId("123", Part.OPTION, 2).format())),
                Topics.VOTING_COMMANDS, "123", Ack.UPDATE, CastBallot.class);
        assertThat(ballot.proposalId()).isEqualTo("123");
        assertThat(ballot.choice()).isEqualTo(Choice.OPTION);
        assertThat(ballot.option()).isEqualTo(2);
        // AND an older message's "No" button still votes
        assertThat(sent(buttons.onComponent(click("voting:ballot:123:no")), Topics.VOTING_COMMANDS, "123",
                Ack.UPDATE, CastBallot.class).choice()).isEqualTo(Choice.NO);
    }

    @Test
    @DisplayName("selects send what was picked: one option, the options approved, a preference, a score")
    void selects() {
        // GIVEN each select of a proposal  WHEN values are picked  THEN the ballot says exactly that
        CastBallot one = sent(buttons.onComponent(pick(BallotId.of("123", Part.PICK).format(), "17")),
                Topics.VOTING_COMMANDS, "123", Ack.UPDATE, CastBallot.class);
        assertThat(one.choice()).isEqualTo(Choice.OPTION);
        assertThat(one.option()).isEqualTo(17);
        CastBallot approve = sent(buttons.onComponent(pick(BallotId.of("123", Part.APPROVE).format(), "0", "3")),
                Topics.VOTING_COMMANDS, "123", Ack.UPDATE, CastBallot.class);
        assertThat(approve.approved()).containsExactly(0, 3);
        CastBallot none = sent(buttons.onComponent(pick(BallotId.of("123", Part.APPROVE).format())),
                Topics.VOTING_COMMANDS, "123", Ack.UPDATE, CastBallot.class);
        assertThat(none.approved()).as("nothing approved: the ballot is withdrawn").isEmpty();
        CastBallot rank = sent(buttons.onComponent(pick(new BallotId("123", Part.RANK, 1).format(), "4")),
                Topics.VOTING_COMMANDS, "123", Ack.UPDATE, CastBallot.class);
        assertThat(List.of(rank.choice(), rank.rank(), rank.option())).containsExactly(Choice.RANK, 1, 4);
        CastBallot score = sent(buttons.onComponent(pick(new BallotId("123", Part.SCORE, 2).format(), "7")),
                Topics.VOTING_COMMANDS, "123", Ack.UPDATE, CastBallot.class);
        assertThat(List.of(score.choice(), score.option(), score.score())).containsExactly(Choice.SCORE, 2, 7);
    }

    @Test
    @DisplayName("forged picks are refused before anything is sent: not numbers, out of range, repeated, several for one")
    void forgedPicks() {
        assertThat(refused(buttons.onComponent(pick(BallotId.of("123", Part.PICK).format(), "1", "2"))))
                .isEqualTo(BallotButtons.BAD_PICK);
        assertThat(refused(buttons.onComponent(pick(BallotId.of("123", Part.APPROVE).format(), "1", "1"))))
                .isEqualTo(BallotButtons.BAD_PICK);
        assertThat(refused(buttons.onComponent(pick(BallotId.of("123", Part.PICK).format(), "25"))))
                .isEqualTo(BallotButtons.BAD_PICK);
        assertThat(refused(buttons.onComponent(pick(new BallotId("123", Part.SCORE, 0).format(), "11"))))
                .isEqualTo(BallotButtons.BAD_PICK);
        assertThat(refused(buttons.onComponent(pick(new BallotId("123", Part.RANK, 0).format(), "x"))))
                .isEqualTo(BallotButtons.BAD_PICK);
    }

    @Test
    @DisplayName("a ballot used in the bot's DM sends no guild (the proposal's is taken), the member's servers and roles instead; Vote asks to see one's ballot")
    void direct() {
        assertThat(buttons.acceptsDirect()).isTrue();
        var dm = new community.platform.gateway.interaction.Caller(null,
                community.platform.gateway.interaction.TestCalls.caller().ref(),
                List.of(community.platform.gateway.interaction.TestCalls.GUILD, "900"), 0);
        CastBallot ballot = sent(buttons.onComponent(new community.platform.gateway.interaction.Calls.Component(
                new BallotId("123", Part.OPTION, 0).format(), List.of(), dm)), Topics.VOTING_COMMANDS, "123",
                Ack.UPDATE, CastBallot.class);
        assertThat(ballot.guildId()).isNull();
        assertThat(ballot.roleIds()).containsExactly(community.platform.gateway.interaction.TestCalls.GUILD, "900");
        assertThat(sent(buttons.onComponent(click(BallotId.of("123", Part.VOTE).format())), Topics.VOTING_COMMANDS,
                "123", Ack.UPDATE, CastBallot.class).choice()).isEqualTo(Choice.SHOW);
    }

    @Test
    @DisplayName("a malformed, unknown-choice or foreign ballot id gets the one refusal every button gives")
    void refusals() {
        for (String id : new String[] {"voting:ballot:123:maybe", "voting:ballot:abc:yes", "voting:ballot:123",
                "voting:ballot:123:yes:extra", "economy:page:collection:1:1:-:-:-", "", "voting:ballot:123:o99"}) {
            assertThat(refused(buttons.onComponent(click(id)))).as(id).isEqualTo(CustomId.NOT_RECOGNISED);
        }
    }
}
