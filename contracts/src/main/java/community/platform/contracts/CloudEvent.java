package community.platform.contracts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The CloudEvents attributes of one message, carried as Kafka headers (binary content mode of the CloudEvents Kafka
 * binding; the record value is the message itself as JSON). Every producer writes them with {@link #headers()} and
 * every consumer reads them with {@link #read}: the one place that knows the header names and formats.
 *
 * @param id     {@code ce_id}: the message id, what inboxes deduplicate on
 * @param type   {@code ce_type}: {@code <owner>.<Name>.v<N>}
 * @param source {@code ce_source}: {@code /<service>} that wrote it
 * @param time   {@code ce_time}: when it was written (RFC 3339)
 */
public record CloudEvent(String id, String type, String source, Instant time) {

    /** The headers, in this order, of the attributes present, with the spec version and the content type. */
    public Map<String, byte[]> headers() {
        Map<String, byte[]> h = new LinkedHashMap<>();
        put(h, CloudEventHeaders.ID, id);
        put(h, CloudEventHeaders.TYPE, type);
        put(h, CloudEventHeaders.SOURCE, source);
        put(h, CloudEventHeaders.TIME, time == null ? null : time.toString());
        put(h, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        put(h, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return h;
    }

    /**
     * The attributes of a received message, by header name (null when absent); refuses a message without an id or a
     * type, or with a time that is not RFC 3339, as {@link InvalidMessage} (it goes to the dead letters).
     */
    public static CloudEvent read(Function<String, String> header) {
        String id = header.apply(CloudEventHeaders.ID);
        String type = header.apply(CloudEventHeaders.TYPE);
        if (id == null || id.isBlank()) {
            throw new InvalidMessage("missing ce_id header");
        }
        if (type == null || type.isBlank()) {
            throw new InvalidMessage("missing ce_type header");
        }
        String time = header.apply(CloudEventHeaders.TIME);
        Instant at = null;
        if (time != null) {
            try {
                at = Instant.parse(time);
            } catch (DateTimeParseException e) {
                throw new InvalidMessage("ce_time is not an RFC 3339 time: " + time);
            }
        }
        return new CloudEvent(id, type, header.apply(CloudEventHeaders.SOURCE), at);
    }

    /** The service a {@code ce_source} of the form {@code /<service>} names, or null. */
    public String sourceService() {
        return source != null && source.matches("/[a-z][a-z0-9]*") ? source.substring(1) : null;
    }

    /** A header value as the consumers see it: UTF-8 text, whatever object the client library handed over. */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value.toString();
    }

    private static void put(Map<String, byte[]> h, String name, String value) {
        if (value != null) {
            h.put(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
