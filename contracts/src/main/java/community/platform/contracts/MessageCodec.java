package community.platform.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns messages into JSON and back. Decoding checks the JSON against the schema of the type named in
 * {@code ce_type} before building the record, so a consumer only ever sees valid messages.
 */
public final class MessageCodec {

    public static final String SCHEMA_ID_PREFIX = "https://schemas.community-platform.dev/";

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // an optional boolean or number left out (a button's "disabled") reads as false / 0; the schema already
            // checked what is required
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    /** Schemas share definitions ({@code defs/*.json}) by {@code $ref} to their {@code $id}, read from the classpath. */
    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix(SCHEMA_ID_PREFIX, "classpath:contracts/schemas/")));
    private final Map<String, Schema> schemaByType = new ConcurrentHashMap<>();

    public JsonMapper mapper() {
        return mapper;
    }

    public byte[] encode(Message message) {
        return mapper.writeValueAsBytes(message);
    }

    public String encodeToString(Message message) {
        return mapper.writeValueAsString(message);
    }

    public Message decode(String type, byte[] json) {
        if (type == null) {
            throw new InvalidMessage("missing ce_type header");
        }
        MessageType<?> messageType = MessageCatalog.byType(type)
                .orElseThrow(() -> new InvalidMessage("unknown message type " + type));
        if (json == null) {
            throw new InvalidMessage("empty value for " + type);
        }
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidMessage("value of " + type + " is not JSON: " + e.getOriginalMessage(), e);
        }
        List<String> errors = validate(messageType, node);
        if (!errors.isEmpty()) {
            throw new InvalidMessage(type + " does not match its schema: " + String.join("; ", errors));
        }
        try {
            return mapper.treeToValue(node, messageType.javaType());
        } catch (JacksonException e) {
            throw new InvalidMessage(type + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** Schema violations of a JSON document against a type's schema; empty when valid. */
    public List<String> validate(MessageType<?> type, JsonNode node) {
        List<Error> errors = schemaOf(type).validate(node);
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).collect(Collectors.toList());
    }

    public List<String> validate(MessageType<?> type, String json) {
        return validate(type, mapper.readTree(json));
    }

    private Schema schemaOf(MessageType<?> type) {
        return schemaByType.computeIfAbsent(type.type(), t -> {
            try (InputStream in = resource(type.schemaResource())) {
                return schemas.getSchema(mapper.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static InputStream resource(String path) {
        InputStream in = MessageCodec.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing contract resource " + path);
        }
        return in;
    }
}
