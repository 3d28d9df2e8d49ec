package community.platform.gateway.voting;

import static community.platform.gateway.interaction.TestCalls.GUILD;
import static community.platform.gateway.interaction.TestCalls.caller;
import static community.platform.gateway.interaction.TestCalls.refused;
import static community.platform.gateway.interaction.TestCalls.sent;
import static community.platform.gateway.interaction.TestCalls.slash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.contracts.Topics;
import community.platform.contracts.voting.ManageCampaign;
import community.platform.contracts.voting.ManageCampaign.Action;
import community.platform.gateway.interaction.Options;
import community.platform.gateway.interaction.Options.Kind;
import community.platform.gateway.interaction.Outcome.Ack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CampaignCommandTest {

    final CampaignCommand command = new CampaignCommand();

    @Test
    @DisplayName("'/campaign create' and 'start' announce in the channel, keyed by the guild's campaigns, with the member's permissions")
    void createAndStart() {
        ManageCampaign create = sent(command.onSlash(slash("campaign", "create", caller(32), "title", Kind.STRING,
                " Autumn league ", "stages", Kind.INTEGER, "2", "hours", Kind.INTEGER, "24")), Topics.VOTING_COMMANDS,
                GUILD + ":campaigns", Ack.REPLY, ManageCampaign.class);
        assertThat(create.action()).isEqualTo(Action.CREATE);
        assertThat(create.title()).isEqualTo("Autumn league");
        assertThat(create.stages()).isEqualTo(2);
        assertThat(create.permissions()).isEqualTo("32");
        ManageCampaign start = sent(command.onSlash(slash("campaign", "start", "campaign", Kind.INTEGER, "4")),
                Topics.VOTING_COMMANDS, GUILD + ":campaigns", Ack.REPLY, ManageCampaign.class);
        assertThat(start.campaign()).isEqualTo(4);
    }

    @Test
    @DisplayName("'/campaign scenario' and 'approve' answer the member alone")
    void scenarioAndApprove() {
        ManageCampaign scenario = sent(command.onSlash(slash("campaign", "scenario", "campaign", Kind.INTEGER, "1",
                "stage", Kind.INTEGER, "2", "title", Kind.STRING, "Boss rush")), Topics.VOTING_COMMANDS,
                GUILD + ":campaigns", Ack.EPHEMERAL_REPLY, ManageCampaign.class);
        assertThat(scenario.action()).isEqualTo(Action.SUBMIT);
        assertThat(scenario.stage()).isEqualTo(2);
        assertThat(sent(command.onSlash(slash("campaign", "approve", "campaign", Kind.INTEGER, "1", "scenario",
                Kind.INTEGER, "3")), Topics.VOTING_COMMANDS, GUILD + ":campaigns", Ack.EPHEMERAL_REPLY,
                ManageCampaign.class).scenario()).isEqualTo(3);
    }

    @Test
    @DisplayName("a stage out of 1-10, a missing campaign number or title, an unknown subcommand are refused, nothing sent")
    void refusals() {
        // the intake turns a bad option into the member's refusal
        assertThatThrownBy(() -> command.onSlash(slash("campaign", "scenario", "campaign", Kind.INTEGER, "1", "stage",
                Kind.INTEGER, "11", "title", Kind.STRING, "x"))).isInstanceOf(Options.BadOption.class)
                .hasMessageContaining("between 1 and 10");
        assertThatThrownBy(() -> command.onSlash(slash("campaign", "start"))).isInstanceOf(Options.BadOption.class)
                .hasMessageContaining("campaign is needed");
        assertThat(refused(command.onSlash(slash("campaign", "scenario", "campaign", Kind.INTEGER, "1", "stage",
                Kind.INTEGER, "1")))).contains("needs a title");
        assertThat(refused(command.onSlash(slash("campaign", "delete")))).contains("create, scenario, approve or start");
    }
}
