package community.platform.gateway.action;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One lane's actions queued by channel (their key) between the polls that bring them and the threads that perform
 * them. A channel's actions are performed one batch at a time, in the order they came; a channel that is free takes up
 * its actions at once, whatever another channel of the same poll is doing, and the actions that come while it is busy
 * wait together for its next batch (so edits of one message that piled up fold into the last,
 * {@link SupersededEdits}). A poll is acknowledged once every action of it and of every poll before it is done, so the
 * committed offsets never pass an action not done: a crash or a stop delivers again what was not finished.
 *
 * <p>Nothing blocks the consumer's thread: above {@code inFlightLimit} actions taken and not done, the lane's consumer
 * is paused ({@link Flow}), and resumed once below; meanwhile it keeps polling, so a slow channel never costs the
 * partitions.
 *
 * @param <R> an action as the poll brought it
 */
final class ChannelQueues<R> {

    private static final Logger log = LoggerFactory.getLogger(ChannelQueues.class);

    /** Pauses and resumes the lane's consumer (it keeps polling, fetching nothing, while paused). */
    interface Flow {
        void pause();

        void resume();
    }

    private final Executor executor;
    private final int inFlightLimit;
    private final Consumer<List<R>> perform;
    private final Map<String, Channel> channels = new HashMap<>();
    /** the polls not yet acknowledged, oldest first */
    private final ArrayDeque<Poll> polls = new ArrayDeque<>();
    private volatile Flow flow;
    private int inFlight;
    private boolean paused;

    /**
     * @param executor      where a channel's batches are performed (one at a time per channel)
     * @param inFlightLimit actions taken and not done above which the consumer is paused (at least 1)
     * @param perform       performs one channel's batch, in order; it throws only when the lane stops, and then the
     *                      batch's polls are never acknowledged
     * @param flow          pauses the consumer; may be set later ({@link #flowControlledBy})
     */
    ChannelQueues(Executor executor, int inFlightLimit, Consumer<List<R>> perform, Flow flow) {
        if (inFlightLimit < 1) {
            throw new IllegalArgumentException("at least one action must be in flight, not " + inFlightLimit);
        }
        this.executor = executor;
        this.inFlightLimit = inFlightLimit;
        this.perform = perform;
        this.flow = flow;
    }

    void flowControlledBy(Flow flow) {
        this.flow = flow;
    }

    /** A poll's actions by channel (each channel's in offset order); {@code acknowledge} once all are done. */
    void take(Map<String, List<R>> byChannel, Runnable acknowledge) {
        List<Channel> toStart = new ArrayList<>();
        synchronized (this) {
            int count = byChannel.values().stream().mapToInt(List::size).sum();
            Poll poll = new Poll(count, acknowledge);
            polls.addLast(poll);
            byChannel.forEach((key, actions) -> {
                Channel channel = channels.computeIfAbsent(key, Channel::new);
                actions.forEach(a -> channel.waiting.add(new Taken<>(a, poll)));
                if (!channel.busy) {
                    channel.busy = true;
                    toStart.add(channel);
                }
            });
            inFlight += count;
            acknowledgeDone();
            adjustFlow();
        }
        toStart.forEach(this::schedule);
    }

    /** Actions taken and not yet done. */
    synchronized int inFlight() {
        return inFlight;
    }

    private void schedule(Channel channel) {
        try {
            executor.execute(() -> performNextBatch(channel));
        } catch (RejectedExecutionException stopped) {
            // the lane is closing: what the channel holds is not acknowledged and comes again
            log.info("Discord actions of channel {} left unperformed: the lane is closing", channel.key);
        }
    }

    /** Performs what the channel holds, then goes to the back of the line if more came meanwhile. */
    private void performNextBatch(Channel channel) {
        List<Taken<R>> batch;
        synchronized (this) {
            batch = channel.waiting;
            channel.waiting = new ArrayList<>();
        }
        try {
            perform.accept(batch.stream().map(Taken::action).toList());
        } catch (RuntimeException e) {
            // stopping (or a defect): the batch's polls stay unacknowledged, and so every poll after them; the channel
            // takes nothing more, and the lane pauses once its actions reach the limit: all come again after a restart
            log.warn("Discord actions of channel {} left unfinished, to be delivered again: {}", channel.key,
                    e.toString());
            return;
        }
        boolean more;
        synchronized (this) {
            batch.forEach(t -> t.poll.remaining--);
            inFlight -= batch.size();
            acknowledgeDone();
            adjustFlow();
            more = !channel.waiting.isEmpty();
            if (!more) {
                channel.busy = false;
                channels.remove(channel.key);
            }
        }
        if (more) {
            schedule(channel);
        }
    }

    /** Acknowledges the oldest polls while they are done (under the lock: the acknowledgements keep poll order). */
    private void acknowledgeDone() {
        while (!polls.isEmpty() && polls.peekFirst().remaining == 0) {
            try {
                polls.removeFirst().acknowledge.run();
            } catch (RuntimeException e) {
                // the consumer is gone (a stop or a rebalance): what is not committed comes again, and is skipped
                log.warn("A poll of Discord actions, all done, could not be acknowledged: {}", e.toString());
            }
        }
    }

    private void adjustFlow() {
        Flow f = flow;
        if (f == null) {
            return;
        }
        if (!paused && inFlight >= inFlightLimit) {
            paused = true;
            f.pause();
        } else if (paused && inFlight < inFlightLimit) {
            paused = false;
            f.resume();
        }
    }

    private static final class Poll {
        int remaining;
        final Runnable acknowledge;

        Poll(int remaining, Runnable acknowledge) {
            this.remaining = remaining;
            this.acknowledge = acknowledge;
        }
    }

    private record Taken<R>(R action, Poll poll) {
    }

    private final class Channel {
        final String key;
        List<Taken<R>> waiting = new ArrayList<>();
        boolean busy;

        Channel(String key) {
            this.key = key;
        }
    }
}
