package community.platform.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The golden examples of a message type: a JSON array per type and version under {@code contracts/examples/}.
 * Producer tests check what they write against the schema; consumer tests feed every example, old versions
 * included, to their handlers.
 */
public final class GoldenExamples {

    /**
     * When the examples were written: the times inside them are around it, and a contract test sends them as a
     * producer would have then ({@code ce_time}), so rules on how late a request may be judge them as written.
     */
    public static final Instant WRITTEN_AT = Instant.parse("2026-11-23T10:15:30Z");

    private GoldenExamples() {
    }

    public record Example(MessageType<?> type, int index, String json) {
        @Override
        public String toString() {
            return type.type() + "#" + index;
        }
    }

    public static List<Example> of(MessageType<?> type) {
        String path = "contracts/examples/" + type.type() + ".json";
        try (InputStream in = MessageCodec.resource(path)) {
            JsonNode array = new MessageCodec().mapper().readTree(in);
            List<Example> examples = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                examples.add(new Example(type, i, array.get(i).toString()));
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every example of every version of the types handled on one topic owner, e.g. "platform". */
    public static List<Example> ofOwner(String owner) {
        return MessageCatalog.ALL.stream().filter(t -> t.owner().equals(owner))
                .flatMap(t -> of(t).stream()).toList();
    }

    public static List<Example> all() {
        return MessageCatalog.ALL.stream().flatMap(t -> of(t).stream()).toList();
    }
}
