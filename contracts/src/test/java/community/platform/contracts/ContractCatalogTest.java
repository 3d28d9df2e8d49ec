package community.platform.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.contracts.probe.SendProbe;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContractCatalogTest {

    private final MessageCodec codec = new MessageCodec();

    @Test
    @DisplayName("every registered type has a schema and golden examples it accepts; each reads into its record and writes back valid and equal")
    void everyTypeHasValidGoldenExamples() {
        for (MessageType<?> type : MessageCatalog.ALL) {
            var examples = GoldenExamples.of(type);
            assertThat(examples).as(type.type()).isNotEmpty();
            for (var example : examples) {
                assertThat(codec.validate(type, example.json())).as(example.toString()).isEmpty();
                Message decoded = codec.decode(type.type(), example.json().getBytes(StandardCharsets.UTF_8));
                assertThat(decoded).isInstanceOf(type.javaType());
                // what a producer writes from the record (optional fields left out) is valid too
                assertThat(codec.validate(type, codec.encodeToString(decoded))).as("re-encoded " + example).isEmpty();
                assertThat(codec.decode(type.type(), codec.encode(decoded))).as(example.toString()).isEqualTo(decoded);
            }
        }
    }

    @Test
    @DisplayName("a record written by the codec is valid against its own schema and reads back equal")
    void roundTrip() {
        var probe = new SendProbe("42", "p", 7, Instant.parse("2026-01-01T00:00:00Z"));
        byte[] json = codec.encode(probe);
        assertThat(codec.decode("platform.SendProbe.v1", json)).isEqualTo(probe);
    }

    @Test
    @DisplayName("unknown types, non-JSON and schema violations are refused with a reason")
    void refusesBadInput() {
        assertThatThrownBy(() -> codec.decode("platform.Nope.v1", "{}".getBytes()))
                .isInstanceOf(InvalidMessage.class).hasMessageContaining("unknown message type");
        assertThatThrownBy(() -> codec.decode("platform.SendProbe.v1", "not json".getBytes()))
                .isInstanceOf(InvalidMessage.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> codec.decode("platform.SendProbe.v1",
                "{\"guildId\":\"x\",\"probeId\":\"p\",\"sequence\":-1,\"sentAt\":\"2026-01-01T00:00:00Z\"}".getBytes()))
                .isInstanceOf(InvalidMessage.class).hasMessageContaining("schema");
        assertThatThrownBy(() -> codec.decode(null, "{}".getBytes()))
                .isInstanceOf(InvalidMessage.class).hasMessageContaining("ce_type");
    }

    @Test
    @DisplayName("every topic names its key, and type strings follow <owner>.<Name>.v<N>")
    void registryIsComplete() {
        assertThat(Topics.ALL).allSatisfy(t -> assertThat(t.key()).isNotBlank());
        assertThatThrownBy(() -> new MessageType<>("bad", SendProbe.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(MessageCatalog.of(SendProbe.class).type()).isEqualTo("platform.SendProbe.v1");
    }
}
