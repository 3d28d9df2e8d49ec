package community.platform.contracts.relay;

import community.platform.contracts.CloudEvent;
import community.platform.contracts.CloudEventHeaders;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.transforms.Transformation;

/**
 * The outbox relay's last step, the same in the relay every service embeds and in a Kafka Connect worker: after
 * Debezium's outbox EventRouter put the row's {@code id}, {@code type} and {@code created_at} in headers, a record
 * leaves with exactly the CloudEvents headers {@link CloudEvent#headers()} writes ({@code ce_id}, {@code ce_type},
 * {@code ce_source} = {@code source}, {@code ce_time} in RFC 3339 UTC, {@code ce_specversion} 1.0,
 * {@code content-type}) and no other header (none of the router's {@code id} or Debezium's {@code __debezium.*}).
 * Connect's own InsertHeader cannot write {@code 1.0}: it reads the literal as the number 1.
 */
public final class CloudEventsTransform<R extends ConnectRecord<R>> implements Transformation<R> {

    /** The {@code ce_source} to write: {@code /<service>}. */
    public static final String SOURCE = "source";

    private static final ConfigDef CONFIG = new ConfigDef().define(SOURCE, ConfigDef.Type.STRING,
            ConfigDef.NO_DEFAULT_VALUE, ConfigDef.Importance.HIGH, "the ce_source to write: /<service>");

    private String source;

    @Override
    public void configure(Map<String, ?> configs) {
        Object s = configs.get(SOURCE);
        if (s == null || !s.toString().matches("/[a-z][a-z0-9]*")) {
            throw new ConfigException(SOURCE, s, "the ce_source is /<service>, such as /economy");
        }
        source = s.toString();
    }

    @Override
    public R apply(R record) {
        if (record.value() == null) {
            return record;
        }
        String id = text(record.headers().lastWithName(CloudEventHeaders.ID));
        String type = text(record.headers().lastWithName(CloudEventHeaders.TYPE));
        String time = text(record.headers().lastWithName(CloudEventHeaders.TIME));
        Instant at = null;
        if (time != null) {
            try {
                at = Instant.parse(time);
            } catch (DateTimeParseException e) {
                at = java.time.OffsetDateTime.parse(time).toInstant();
            }
        }
        ConnectHeaders headers = new ConnectHeaders();
        new CloudEvent(id, type, source, at).headers().forEach((name, value) -> headers.addString(name,
                new String(value, java.nio.charset.StandardCharsets.UTF_8)));
        return record.newRecord(record.topic(), record.kafkaPartition(), record.keySchema(), record.key(),
                record.valueSchema(), record.value(), record.timestamp(), headers);
    }

    private static String text(Header h) {
        return h == null || h.value() == null ? null : h.value().toString();
    }

    @Override
    public ConfigDef config() {
        return CONFIG;
    }

    @Override
    public void close() {
    }
}
