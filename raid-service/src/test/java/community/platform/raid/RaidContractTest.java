package community.platform.raid;

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

/** Consumer contract on a real database: every golden example of what the raid service consumes is handled. */
class RaidContractTest {

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    @Test
    @DisplayName("every golden example (every version) of every message the raid service consumes is handled, none dead-lettered")
    void everyGoldenExampleIsHandled() {
        // GIVEN the service on real Kafka and PostgreSQL
        try (RunningApp app = RunningApp.start(RaidServiceApplication.class, infra,
                List.of("--platform.service=raid"))) {
            // WHEN every golden example of every type its handlers take is sent as a producer would
            var fed = HandlerContract.everyGoldenExampleIsHandled(infra, app,
                    app.bean(InboundMessages.class).handledTypes());
            // THEN each is in its inbox and none is dead-lettered (checked above), for each of these types
            assertThat(fed).containsOnlyKeys(HandlerContract.types(
                    MessageCatalog.PLAN_RAID, MessageCatalog.VOTE_RAID, MessageCatalog.CLOSE_RAID,
                    MessageCatalog.CONFIGURE_RAIDS, MessageCatalog.SHOW_RAIDS, MessageCatalog.POST_RAID_BOARD,
                    MessageCatalog.CANCEL_ALL_RAIDS, MessageCatalog.REQUEST_BACKUP, MessageCatalog.SAVE_TEMPLATE,
                    MessageCatalog.TIMER_FIRED, MessageCatalog.ACTION_PERFORMED,
                    MessageCatalog.ACTION_REFUSED, MessageCatalog.MESSAGE_DELETED, MessageCatalog.MEMBER_JOINED,
                    MessageCatalog.MEMBER_LEFT, MessageCatalog.VOICE_STATE_CHANGED, MessageCatalog.SEND_PROBE,
                    MessageCatalog.JOB_TICKED));
        }
    }
}
