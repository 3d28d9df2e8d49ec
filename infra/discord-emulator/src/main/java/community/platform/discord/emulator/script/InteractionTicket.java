package community.platform.discord.emulator.script;

import community.platform.discord.emulator.model.Interaction;
import community.platform.discord.emulator.model.Interaction.Ack;
import community.platform.discord.emulator.model.World;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/** What became of one interaction a member made: its acknowledgement, its reply, follow-ups and any form opened. */
public final class InteractionTicket {

    private final World world;
    private final Interaction interaction;

    InteractionTicket(World world, Interaction interaction) {
        this.world = world;
        this.interaction = interaction;
    }

    public long id() {
        return interaction.id;
    }

    public Instant createdAt() {
        return interaction.createdAt;
    }

    public Ack ack() {
        return interaction.ack;
    }

    public Optional<Instant> ackedAt() {
        return Optional.ofNullable(interaction.ackedAt);
    }

    public boolean ephemeral() {
        return interaction.ephemeral;
    }

    /** Waits for the bot's acknowledgement; empty if Discord's deadline passed without one. */
    public Optional<Ack> awaitAck(Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (interaction.ack == Ack.NONE && Instant.now().isBefore(end)) {
            pause();
        }
        return interaction.ack == Ack.NONE ? Optional.empty() : Optional.of(interaction.ack);
    }

    /** The original response (the reply, or the message a clicked component is on), as it looks now. */
    public Optional<MessageView> reply() {
        synchronized (world) {
            return Optional.ofNullable(interaction.original).map(m -> MessageView.of(m, world));
        }
    }

    /** Waits until the original response satisfies the condition; fails with what it shows if it never does. */
    public MessageView awaitReply(Predicate<MessageView> condition, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            Optional<MessageView> now = reply();
            if (now.isPresent() && condition.test(now.get())) {
                return now.get();
            }
            pause();
        }
        throw new AssertionError("interaction " + interaction.id + " (ack " + interaction.ack + ") never showed the "
                + "expected reply within " + timeout + "; it shows: " + reply().map(MessageView::text).orElse("nothing")
                + "; follow-ups: " + followups().stream().map(MessageView::text).toList());
    }

    public List<MessageView> followups() {
        synchronized (world) {
            return interaction.followups.stream().map(m -> MessageView.of(m, world)).toList();
        }
    }

    public MessageView awaitFollowup(Predicate<MessageView> condition, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            Optional<MessageView> match = followups().stream().filter(condition).findFirst();
            if (match.isPresent()) {
                return match.get();
            }
            pause();
        }
        throw new AssertionError("interaction " + interaction.id + " got no matching follow-up within " + timeout
                + "; follow-ups: " + followups().stream().map(MessageView::text).toList() + "; reply: "
                + reply().map(MessageView::text).orElse("nothing"));
    }

    /** The form the bot opened in answer, as it sent it. */
    public Optional<ObjectNode> modal() {
        return Optional.ofNullable(interaction.modal).map(ObjectNode::deepCopy);
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
