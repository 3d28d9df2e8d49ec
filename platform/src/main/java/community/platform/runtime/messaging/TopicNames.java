package community.platform.runtime.messaging;

import community.platform.contracts.Topic;

/** Physical topic names: the registry's names behind the configured prefix. */
public record TopicNames(String prefix) {

    public String of(Topic topic) {
        return prefix + topic.name();
    }

    public String deadLettersOf(String physicalTopic) {
        return physicalTopic + ".dlt";
    }
}
