package community.platform.contracts.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CloudEventsTransformTest {

    static Map<String, String> headers(SourceRecord r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Header h : r.headers()) {
            out.put(h.key(), h.value() == null ? null : h.value().toString());
        }
        return out;
    }

    static CloudEventsTransform<SourceRecord> transform(String source) {
        CloudEventsTransform<SourceRecord> t = new CloudEventsTransform<>();
        t.configure(Map.of(CloudEventsTransform.SOURCE, source));
        return t;
    }

    @Test
    @DisplayName("GIVEN a record as Debezium's EventRouter leaves it (its id, type and time headers, the router's id and Debezium's context headers) WHEN transformed THEN exactly the CloudEvents headers, ce_specversion 1.0, the time in UTC")
    void exactlyTheCloudEventsHeaders() {
        ConnectHeaders routed = new ConnectHeaders();
        routed.addString("id", "7f0c");
        routed.addString("__debezium.context.connectorName", "postgresql");
        routed.addString("ce_id", "7f0c");
        routed.addString("ce_type", "platform.ProbeEchoed.v1");
        routed.addString("ce_time", "2026-12-01T09:15:30.120000+01:00");
        SourceRecord in = new SourceRecord(Map.of(), Map.of(), "t1.economy.events", null, null, "key-1", null,
                "{\"probeId\":\"key-1\"}", 1L, routed);
        SourceRecord out = transform("/economy").apply(in);
        assertThat(headers(out)).containsExactly(Map.entry("ce_id", "7f0c"),
                Map.entry("ce_type", "platform.ProbeEchoed.v1"), Map.entry("ce_source", "/economy"),
                Map.entry("ce_time", "2026-12-01T08:15:30.120Z"), Map.entry("ce_specversion", "1.0"),
                Map.entry("content-type", "application/json"));
        assertThat(out.key()).isEqualTo("key-1");
        assertThat(out.value()).isEqualTo("{\"probeId\":\"key-1\"}");
        assertThat(out.topic()).isEqualTo("t1.economy.events");
    }

    @Test
    @DisplayName("GIVEN a source that is not /<service> WHEN configured THEN refused naming the setting")
    void sourceIsChecked() {
        assertThatThrownBy(() -> transform("economy")).isInstanceOf(ConfigException.class).hasMessageContaining("source");
    }
}
