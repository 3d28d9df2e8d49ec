package community.platform.economy.member;

import community.platform.contracts.Message;
import community.platform.contracts.MessageType;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;
import community.platform.economy.game.GameDataRepository;
import community.platform.economy.game.GameRenderer;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.DirectReplies;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;

/**
 * What every handler of a member's economy command shares: it reads {@code economy.commands}, plays the command as a
 * {@link MemberTurn} of the guild's game data, and answers in the member's reply: through the outbox, or, for a read,
 * straight to {@code discord.actions} ({@link DirectReplies}).
 */
public abstract class MemberCommandHandler<T extends Message & FromInteraction> extends TypedHandler<T> {

    private final GameDataRepository games;
    private final Answers answers;
    private final boolean readsOnly;

    /** How a handler's answers leave: through the outbox (commands that change something) or straight (reads). */
    @FunctionalInterface
    private interface Answers {
        void reply(Delivery delivery, String guildId, InteractionRef interaction, DiscordMessage message);
    }

    protected MemberCommandHandler(MessageType<T> type, GameDataRepository games, OutboxWriter outbox) {
        this(type, games, outbox::reply, false);
    }

    /**
     * A read, which changes nothing: with {@code direct} ({@code economy.direct-reads}) its answers skip the outbox
     * ({@link DirectReplies} says why that is safe); without, they take the outbox like every other answer.
     */
    protected MemberCommandHandler(MessageType<T> type, GameDataRepository games, OutboxWriter outbox,
                                   DirectReplies replies, boolean direct) {
        this(type, games, direct ? replies::reply : outbox::reply, direct);
    }

    private MemberCommandHandler(MessageType<T> type, GameDataRepository games, Answers answers, boolean readsOnly) {
        super(Topics.ECONOMY_COMMANDS, type);
        this.games = games;
        this.answers = answers;
        this.readsOnly = readsOnly;
    }

    @Override
    public final boolean readsOnly() {
        return readsOnly;
    }

    @Override
    public final void handle(T command, Delivery delivery) {
        handle(command, MemberTurn.of(command, delivery, games.of(Long.parseLong(command.guildId()))));
    }

    /** The use case, in the consumer's transaction. */
    protected abstract void handle(T command, MemberTurn turn);

    /** Answers in the member's reply (the deferred reply, or the message of the clicked button). */
    protected final void reply(MemberTurn turn, DiscordMessage message) {
        answers.reply(turn.delivery(), turn.command().guildId(), turn.command().interaction(), message);
    }

    /** Refuses or explains, in the member's reply. */
    protected final void notice(MemberTurn turn, String text) {
        reply(turn, GameRenderer.notice(text));
    }
}
