package community.platform.runtime.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

class TransientFailureTest {

    @Test
    @DisplayName("lost connections and serialization failures are retried; constraint violations are poison")
    void classifiesFailures() {
        assertThat(InboundMessages.isTransient(new CannotGetJdbcConnectionException("down"))).isTrue();
        assertThat(InboundMessages.isTransient(new RuntimeException(new SQLException("gone", "08006")))).isTrue();
        assertThat(InboundMessages.isTransient(new RuntimeException(new SQLException("serialize", "40001")))).isTrue();
        assertThat(InboundMessages.isTransient(new DataIntegrityViolationException("dup"))).isFalse();
        assertThat(InboundMessages.isTransient(new IllegalArgumentException("bad"))).isFalse();
    }
}
