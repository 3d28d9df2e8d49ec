package community.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import community.platform.discord.emulator.model.CommandRules;
import community.platform.discord.emulator.model.DiscordError;
import community.platform.discord.emulator.model.Payloads;
import community.platform.gateway.config.GatewayConfiguration;
import community.platform.gateway.interaction.InteractionRouter;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;

/** What the gateway registers meets Discord's registration rules, as the emulator checks them (in milliseconds). */
class CommandRegistrationRulesTest {

    @Test
    @DisplayName("GIVEN every command the gateway registers WHEN Discord's registration rules check the bulk overwrite THEN nothing is refused")
    void everyCommandIsValid() {
        ArrayNode body = Payloads.array();
        for (CommandData c : new InteractionRouter(GatewayConfiguration.platformCommands(java.util.Set.of())).commands()) {
            body.add(Payloads.JSON.readTree(c.toData().toString()));
        }
        try {
            CommandRules.checkBulk(body);
        } catch (DiscordError e) {
            fail("Discord would refuse the commands: " + e.getMessage() + " " + e.errors);
        }
        assertThat(body).extracting(c -> c.path("name").asString()).contains("Escalate", "proposal", "daily");
    }
}
