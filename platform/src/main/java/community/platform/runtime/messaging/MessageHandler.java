package community.platform.runtime.messaging;

import community.platform.contracts.Message;
import community.platform.contracts.MessageType;
import community.platform.contracts.Topic;

/**
 * One message type on one topic -> one use case. Called inside the transaction that also records the message in the
 * inbox and commits the outbox rows the handler writes; a duplicate delivery never reaches it.
 *
 * <p>Throw {@link RejectedMessage} (or any non-transient exception) for a message that can never succeed: it goes to
 * the dead-letter topic with the reason and the consumer moves on. Transient failures (database down, lock timeout)
 * are retried with the whole poll.
 */
public interface MessageHandler<T extends Message> {

    Topic topic();

    MessageType<T> type();

    void handle(T message, Delivery delivery);
}
