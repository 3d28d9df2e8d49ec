package community.platform.contracts;

/**
 * A Kafka topic and what its record key is. The key is the entity whose messages must be processed in order:
 * Kafka keeps per-partition order and consumers never process one key concurrently.
 *
 * @param name  topic name (before any deployment prefix)
 * @param owner the service that writes it (commands topics: the service that reads it)
 * @param key   what the record key is, in words, as written in the service READMEs
 */
public record Topic(String name, String owner, String key) {

    /** The dead-letter topic of this topic: same key, plus the reason in a header. */
    public Topic deadLetters() {
        return new Topic(name + ".dlt", owner, key + " (as on " + name + ")");
    }
}
