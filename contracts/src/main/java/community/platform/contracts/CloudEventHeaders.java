package community.platform.contracts;

/**
 * CloudEvents attributes carried as Kafka headers (binary content mode of the CloudEvents Kafka binding).
 * The record value is the message itself as JSON.
 */
public final class CloudEventHeaders {
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    /** Why a record went to a dead-letter topic, and where it came from. */
    public static final String DLT_REASON = "dlt_reason";
    public static final String DLT_ORIGIN = "dlt_origin";

    private CloudEventHeaders() {
    }
}
