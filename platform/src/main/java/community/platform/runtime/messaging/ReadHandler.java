package community.platform.runtime.messaging;

import community.platform.contracts.Message;
import community.platform.contracts.MessageType;
import community.platform.contracts.Topic;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.FromInteraction;

/**
 * The shape of a read (a profile, a report, a status): a handler that changes nothing an answer must agree with and
 * answers in the member's reply straight to {@code discord.actions} ({@link DirectReplies} says why that keeps every
 * guarantee the outbox gives). It {@link #readsOnly() reads only}, so a delivery the inbox has seen is handled again;
 * that holds only when every handler of its message is a read.
 */
public abstract class ReadHandler<T extends Message & FromInteraction> extends TypedHandler<T> {

    private final DirectReplies replies;

    protected ReadHandler(Topic topic, MessageType<T> type, DirectReplies replies) {
        super(topic, type);
        this.replies = replies;
    }

    @Override
    public final boolean readsOnly() {
        return true;
    }

    /** Answers in the reply of the command's interaction, when the transaction commits. */
    protected final void reply(T command, Delivery delivery, DiscordMessage message) {
        replies.reply(delivery, command.guildId(), command.interaction(), message);
    }
}
