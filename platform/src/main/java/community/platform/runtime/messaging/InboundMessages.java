package community.platform.runtime.messaging;

import community.platform.contracts.CloudEvent;
import community.platform.contracts.InvalidMessage;
import community.platform.contracts.Message;
import community.platform.contracts.MessageCodec;
import community.platform.contracts.Topics;
import community.platform.runtime.inbox.InboxGuard;
import community.platform.runtime.metrics.StepTimers;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What is ours in consuming: the Spring Cloud Stream function ({@code platformInbound}) that gets each poll of the
 * service's topics as one batch (the binder owns threads, polling, offsets, retries and dead letters) and handles it
 * in ONE database transaction: one inbox statement for the poll, then each first delivery's handlers, then the work
 * they asked to do once per poll ({@link EndOfPoll}), the outbox rows inserted before the commit. The poll's offsets are
 * committed by the binder when {@link PollAcknowledgements} acknowledges it: after the commit, once the answers its
 * reads sent straight ({@link DirectReplies}) are on Kafka, and after every earlier poll's.
 *
 * <p>What cannot be handled is named by its index ({@link BatchListenerFailedException}): the binder's error handler
 * commits the records before it, sends it to {@code <topic>.dlt} with the reason, and delivers the rest again. A
 * record that makes the batch fail is found by handling the records one per transaction. A transient failure (the
 * database away) names no record: the whole poll is retried with a back-off that never gives up.
 */
public final class InboundMessages implements Consumer<org.springframework.messaging.Message<List<byte[]>>> {

    private static final Logger log = LoggerFactory.getLogger(InboundMessages.class);

    private final String service;
    private final Map<String, List<MessageHandler<?>>> handlers = new HashMap<>();
    private final Set<String> topics;
    private final TransactionTemplate tx;
    private final InboxGuard inbox;
    private final MessageCodec codec;
    private final AfterCommitHook afterCommit;
    private final ConsumerHealth health;
    private final Counter handled;
    private final Counter duplicates;
    private final Counter ignored;
    private final EndOfPoll endOfPoll;
    private final PollAcknowledgements acknowledgements;
    private final Timer waited;
    private final Timer committed;

    public InboundMessages(String service, TopicNames names, List<MessageHandler<?>> handlers, TransactionTemplate tx,
                           InboxGuard inbox, MessageCodec codec, AfterCommitHook afterCommit, ConsumerHealth health,
                           EndOfPoll endOfPoll, PollAcknowledgements acknowledgements, MeterRegistry meters) {
        this.service = service;
        this.endOfPoll = endOfPoll;
        this.acknowledgements = acknowledgements;
        for (MessageHandler<?> h : handlers) {
            String key = names.of(h.topic()) + '|' + h.type().type();
            List<MessageHandler<?>> same = this.handlers.computeIfAbsent(key, k -> new ArrayList<>());
            if (same.contains(h)) {
                throw new IllegalStateException("handler " + h + " registered twice for " + key);
            }
            same.add(h);
        }
        this.topics = Set.copyOf(handlers.stream().map(h -> names.of(h.topic())).toList());
        this.tx = tx;
        this.inbox = inbox;
        this.codec = codec;
        this.afterCommit = afterCommit;
        this.health = health;
        this.handled = meters.counter("platform.messages", "outcome", "handled");
        this.duplicates = meters.counter("platform.messages", "outcome", "duplicate");
        this.ignored = meters.counter("platform.messages", "outcome", "ignored");
        this.waited = StepTimers.of("platform.messages.waited",
                "message written by its sender (its ce_time) -> its poll taken up here", meters);
        this.committed = StepTimers.of("platform.messages.committed",
                "message written by its sender -> handled here and committed with the poll", meters);
    }

    /** The topics the handlers read: the binding's destinations must be exactly these. */
    public Set<String> topics() {
        return topics;
    }

    /** What this service consumes: each topic (as named on Kafka) with the message types its handlers take. */
    public Map<String, Set<String>> handledTypes() {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String key : handlers.keySet()) {
            int bar = key.lastIndexOf('|');
            out.computeIfAbsent(key.substring(0, bar), t -> new TreeSet<>()).add(key.substring(bar + 1));
        }
        return out;
    }

    @Override
    public void accept(org.springframework.messaging.Message<List<byte[]>> batch) {
        acknowledgements.begin(batch.getHeaders().get(KafkaHeaders.ACKNOWLEDGMENT, Acknowledgment.class),
                batch.getPayload().size());
        try {
            handle(batch);
        } catch (BatchListenerFailedException e) {
            // the error handler commits the offsets before the named record: what they answered must be on Kafka
            acknowledgements.abandon(true);
            throw e;
        } catch (RuntimeException e) {
            acknowledgements.abandon(false);
            throw e;
        }
        acknowledgements.end();
    }

    private void handle(org.springframework.messaging.Message<List<byte[]>> batch) {
        List<BatchRecord> records = BatchRecord.of(batch);
        List<Decoded> decoded = new ArrayList<>(records.size());
        int poison = records.size();
        String poisonReason = null;
        for (BatchRecord r : records) {
            try {
                Decoded d = decode(r);
                if (d == null) {
                    ignored.increment();
                } else {
                    decoded.add(d);
                }
            } catch (InvalidMessage e) {
                poison = r.index();
                poisonReason = e.getMessage();
                break;
            }
        }
        try {
            handleAll(decoded);
        } catch (TransientFailure e) {
            health.failed(e.getCause());
            throw e;
        }
        health.ok();
        if (poisonReason != null) {
            BatchRecord r = records.get(poison);
            log.warn("dead-lettering the record at {}/{}@{}: {}", r.topic(), r.partition(), r.offset(), poisonReason);
            throw new BatchListenerFailedException(poisonReason, poison);
        }
    }

    /** The poll's messages in one transaction; when that fails for good, one per transaction to find the culprit. */
    private void handleAll(List<Decoded> decoded) {
        if (decoded.isEmpty()) {
            return;
        }
        decoded.forEach(d -> StepTimers.since(waited, d.delivery.time()));
        try {
            tx.executeWithoutResult(s -> dispatchAll(decoded));
        } catch (RuntimeException batchFailure) {
            if (isTransient(batchFailure)) {
                throw new TransientFailure(batchFailure);
            }
            for (Decoded d : decoded) {
                try {
                    tx.executeWithoutResult(s -> dispatchAll(List.of(d)));
                } catch (RuntimeException e) {
                    if (isTransient(e)) {
                        throw new TransientFailure(e);
                    }
                    log.warn("dead-lettering {} {} from {}: {}", d.delivery.type(), d.delivery.messageId(),
                            d.record.topic(), e.toString());
                    throw new BatchListenerFailedException(e.getClass().getSimpleName() + ": " + e.getMessage(), e,
                            d.record.index());
                }
            }
            return;
        }
        decoded.forEach(d -> StepTimers.since(committed, d.delivery.time()));
        afterCommit.afterDatabaseCommit(decoded.stream().map(d -> d.delivery.messageId()).toList());
    }

    /** One inbox statement, then the first deliveries in order, then what their handlers left for the poll's end. */
    private void dispatchAll(List<Decoded> decoded) {
        endOfPoll.around(() -> dispatchFirst(decoded));
    }

    private void dispatchFirst(List<Decoded> decoded) {
        Set<String> first = inbox.firstDeliveries(decoded.stream()
                .map(d -> new InboxGuard.Entry(d.delivery.messageId(), d.delivery.type(), d.message.guildId()))
                .toList());
        for (Decoded d : decoded) {
            if (first.remove(d.delivery.messageId()) || readsOnly(d)) {
                // a read seen before is answered again: its first answer may not have reached Kafka (same id)
                dispatch(d);
            } else {
                duplicates.increment();
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void dispatch(Decoded d) {
        for (MessageHandler<?> h : d.handlers) {
            ((MessageHandler) h).handle(d.message, d.delivery);
        }
        handled.increment();
    }

    private static boolean readsOnly(Decoded d) {
        return d.handlers.stream().allMatch(MessageHandler::readsOnly);
    }

    /** The record with its handlers, or null for another service's event that no handler here wants. */
    private Decoded decode(BatchRecord r) {
        CloudEvent event = r.cloudEvent();
        List<MessageHandler<?>> found = handlers.get(r.topic() + '|' + event.type());
        if (found == null) {
            if (!Topics.isCommands(r.topic())) {
                // another service's events: this service reads the types it needs and lets the others pass
                return null;
            }
            throw new InvalidMessage("no handler for " + event.type() + " on " + r.topic());
        }
        Message message;
        try {
            message = codec.decode(event.type(), r.value());
        } catch (InvalidMessage e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidMessage(event.type() + " cannot be decoded: " + e, e);
        }
        return new Decoded(r, found, message, new Delivery(service, event.id(), event.type(), event.source(),
                event.time(), r.key()));
    }

    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransientFailure || t instanceof TransientDataAccessException
                    || t instanceof RecoverableDataAccessException || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException || t instanceof TransactionSystemException
                    || t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // connection, transaction rollback (serialization, deadlock), resources, operator intervention
                if (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                        || state.startsWith("57") || state.equals("55P03")) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Decoded(BatchRecord record, List<MessageHandler<?>> handlers, Message message, Delivery delivery) {
    }

    /** The database (or another resource) away: the whole poll is tried again, nothing is dead-lettered. */
    public static final class TransientFailure extends RuntimeException {
        TransientFailure(Throwable cause) {
            super(cause);
        }
    }
}
