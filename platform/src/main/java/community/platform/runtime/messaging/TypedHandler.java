package community.platform.runtime.messaging;

import community.platform.contracts.Message;
import community.platform.contracts.MessageType;
import community.platform.contracts.Topic;

/** The usual shape of a {@link MessageHandler}: the topic and the message type it takes, given once. */
public abstract class TypedHandler<T extends Message> implements MessageHandler<T> {

    private final Topic topic;
    private final MessageType<T> type;

    protected TypedHandler(Topic topic, MessageType<T> type) {
        this.topic = topic;
        this.type = type;
    }

    @Override
    public final Topic topic() {
        return topic;
    }

    @Override
    public final MessageType<T> type() {
        return type;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " (" + type.type() + " on " + topic.name() + ")";
    }
}
