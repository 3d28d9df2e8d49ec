package community.platform.contracts.discord;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Posts a message in a thread of a guild channel: the thread {@code threadId} when it still exists (an archived one is
 * reopened by the message, as Discord does), else the channel's thread named {@code threadName}, else a new thread
 * started from a {@code starter} message in the channel. Keyed by the channel, so two posts for one new thread find
 * the thread the first one started. Reports which thread and message ({@link ActionPerformed#channelId()},
 * {@link ActionPerformed#messageId()}).
 */
public record PostInThread(String guildId, String channelId,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String threadId, String threadName,
                           DiscordMessage starter, DiscordMessage message) implements DiscordAction {

    /** Discord's longest thread name. */
    public static final int MAX_NAME = 100;

    public PostInThread {
        if (threadName == null || threadName.isBlank() || threadName.length() > MAX_NAME) {
            throw new IllegalArgumentException("a thread needs a name of 1 to " + MAX_NAME + " characters");
        }
    }

    @Override
    public String key() {
        return channelId;
    }

    @Override
    public boolean reportsOutcome() {
        return true;
    }
}
