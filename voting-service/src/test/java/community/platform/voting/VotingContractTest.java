package community.platform.voting;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.MessageCatalog;
import community.platform.runtime.messaging.InboundMessages;
import community.platform.testkit.HandlerContract;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Consumer contract on a real database: every golden example of what the voting service consumes is handled. */
class VotingContractTest {

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    @Test
    @DisplayName("every golden example (every version) of every message the voting service consumes is handled, none dead-lettered")
    void everyGoldenExampleIsHandled() {
        // GIVEN the service on real Kafka and PostgreSQL
        try (RunningApp app = RunningApp.start(VotingServiceApplication.class, infra,
                List.of("--platform.service=voting"))) {
            // WHEN every golden example of every type its handlers take is sent as a producer would
            var fed = HandlerContract.everyGoldenExampleIsHandled(infra, app,
                    app.bean(InboundMessages.class).handledTypes());
            // THEN each is in its inbox and none is dead-lettered (checked above), for each of these types
            assertThat(fed).containsOnlyKeys(HandlerContract.types(
                    MessageCatalog.OPEN_PROPOSAL, MessageCatalog.CAST_BALLOT, MessageCatalog.CLOSE_PROPOSAL,
                    MessageCatalog.TIMER_FIRED, MessageCatalog.ACTION_PERFORMED, MessageCatalog.MEMBERS_LISTED,
                    MessageCatalog.CONFIGURE_CONSTITUTION, MessageCatalog.MANAGE_CAMPAIGN, MessageCatalog.INVEST_TOKENS,
                    MessageCatalog.SUBMIT_WISH, MessageCatalog.MANAGE_WISHES, MessageCatalog.REACTION_CHANGED,
                    MessageCatalog.REACTIONS_COUNTED, MessageCatalog.REACTIONS_UNCOUNTED,
                    MessageCatalog.MESSAGE_DELETED, MessageCatalog.ACTION_REFUSED, MessageCatalog.SEND_PROBE,
                    MessageCatalog.JOB_TICKED));
        }
    }
}
