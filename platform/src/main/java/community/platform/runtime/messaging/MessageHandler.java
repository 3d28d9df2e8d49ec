package community.platform.runtime.messaging;

import community.platform.contracts.Message;
import community.platform.contracts.MessageType;
import community.platform.contracts.Topic;
import java.util.function.BiConsumer;

/**
 * One message type on one topic -> one use case. Called inside the transaction that also records the message in the
 * inbox and commits the outbox rows the handler writes; a duplicate delivery never reaches it, except a read's
 * ({@link #readsOnly()}).
 *
 * <p>Throw {@link RejectedMessage} (or any non-transient exception) for a message that can never succeed: it goes to
 * the dead-letter topic with the reason and the consumer moves on. Transient failures (database down, lock timeout)
 * are retried with the whole poll.
 */
public interface MessageHandler<T extends Message> {

    Topic topic();

    MessageType<T> type();

    void handle(T message, Delivery delivery);

    /**
     * Whether this handler only reads: handled again, it changes nothing (no outbox row, no state, or only state every
     * delivery writes the same, such as a guild's default settings row created once), and it answers through
     * {@link DirectReplies} (the usual shape: {@link ReadHandler}). Such a message is handled again when it is
     * delivered again, even though the inbox has seen it, so an answer a crash kept from Kafka is sent again, with the
     * same id, which the gateway performs once.
     */
    default boolean readsOnly() {
        return false;
    }

    /** A handler whose whole work is {@code body}: for use cases that are one call into the service's own code. */
    static <T extends Message> MessageHandler<T> of(Topic topic, MessageType<T> type,
                                                    BiConsumer<? super T, Delivery> body) {
        return new MessageHandler<>() {
            @Override
            public Topic topic() {
                return topic;
            }

            @Override
            public MessageType<T> type() {
                return type;
            }

            @Override
            public void handle(T message, Delivery delivery) {
                body.accept(message, delivery);
            }

            @Override
            public String toString() {
                return type.type() + " on " + topic.name();
            }
        };
    }
}
