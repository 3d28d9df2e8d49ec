package community.platform.contracts.scheduler;

import community.platform.contracts.Message;

/**
 * Cancels a pending timer; a timer cancelled before it is due never fires. Idempotent: cancelling an unknown, fired or
 * cancelled timer changes nothing. Sent to {@code scheduler.commands} keyed by {@code <owner>:<timerId>}.
 */
public record CancelTimer(String guildId, String owner, String timerId) implements Message {

    public String key() {
        return owner + ':' + timerId;
    }
}
