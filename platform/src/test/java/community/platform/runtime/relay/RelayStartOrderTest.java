package community.platform.runtime.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.stream.binding.InputBindingLifecycle;

class RelayStartOrderTest {

    @Test
    @DisplayName("the outbox's slot is made before Spring Cloud Stream's consumers start; the relay's engine starts after them")
    void slotBeforeTheConsumersEngineAfterThem() {
        // GIVEN the phase Spring Cloud Stream starts its input bindings in (the consumers that write outbox rows)
        int consumers = new InputBindingLifecycle(null, Map.of()).getPhase();
        // WHEN the slot's and the relay's phases are compared to it
        OutboxSlot slot = new OutboxSlot(new OutboxRelay.Database("jdbc:postgresql://localhost/db", "u", "p"), "s");
        // THEN the slot comes first (a lower phase), so no row is written before it exists; the engine comes later
        assertThat(slot.getPhase()).isLessThan(consumers);
        assertThat(OutboxRelay.PHASE).isGreaterThan(consumers);
    }
}
