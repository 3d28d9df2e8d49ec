package community.platform.moderation;

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

/** Consumer contract on a real database: every golden example of what the moderation service consumes is handled. */
class ModerationContractTest {

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    @Test
    @DisplayName("every golden example (every version) of every message the moderation service consumes is handled, none dead-lettered")
    void everyGoldenExampleIsHandled() {
        // GIVEN the service on real Kafka and PostgreSQL
        try (RunningApp app = RunningApp.start(ModerationServiceApplication.class, infra,
                List.of("--platform.service=moderation"))) {
            // WHEN every golden example of every type its handlers take is sent as a producer would
            var fed = HandlerContract.everyGoldenExampleIsHandled(infra, app,
                    app.bean(InboundMessages.class).handledTypes());
            // THEN each is in its inbox and none is dead-lettered (checked above), for each of these types
            assertThat(fed).containsOnlyKeys(HandlerContract.types(
                    MessageCatalog.OPEN_ESCALATION, MessageCatalog.CAST_MOD_VOTE,
                    MessageCatalog.SHOW_MOD_REPORT, MessageCatalog.CONFIGURE_MODERATION, MessageCatalog.TAKE_MOD_ACTION,
                    MessageCatalog.TIMER_FIRED, MessageCatalog.ACTION_PERFORMED,
                    MessageCatalog.ACTION_REFUSED, MessageCatalog.SEND_PROBE, MessageCatalog.JOB_TICKED));
        }
    }
}
