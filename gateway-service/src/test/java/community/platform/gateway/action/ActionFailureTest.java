package community.platform.gateway.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ActionFailureTest {

    @Test
    @DisplayName("GIVEN JDA cancelled a request (its client shutting down as the gateway stops) WHEN the failure is "
            + "judged THEN it is passing, so the action is delivered again after the restart, not recorded as refused")
    void aCancelledRequestIsPassing() {
        ActionFailed failed = ActionFailed.raisedByJda(new CancellationException("join"));

        assertThat(failed.passing).isTrue();
        assertThat(failed.getMessage()).contains("cancelled");
    }

    @Test
    @DisplayName("GIVEN JDA refused before asking Discord (a bad argument, a state it rejects, an operation the "
            + "channel has not) WHEN the failure is judged THEN refused for good")
    void whatJdaRefusesIsRefused() {
        assertThat(ActionFailed.raisedByJda(new IllegalArgumentException("content too long")).passing).isFalse();
        assertThat(ActionFailed.raisedByJda(new IllegalStateException("not in a guild")).passing).isFalse();
        assertThat(ActionFailed.raisedByJda(new UnsupportedOperationException("not for this channel")).passing)
                .isFalse();
    }

    @Test
    @DisplayName("GIVEN any other failure JDA raised (a socket closed, a timeout) WHEN judged THEN passing: tried again")
    void anythingElseIsPassing() {
        assertThat(ActionFailed.raisedByJda(new java.io.UncheckedIOException(new java.io.IOException("reset")))
                .passing).isTrue();
    }
}
