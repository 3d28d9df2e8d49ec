package community.platform.gateway.action;

import community.platform.contracts.discord.DiscordAction;
import community.platform.contracts.discord.EditChannelMessage;
import community.platform.contracts.discord.EditInteractionReply;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Edits of one message that a later edit of it, in the same channel's share of a poll, replaces before anyone could
 * see them: every edit replaces the whole message, so only the last one is performed, and the ones it replaces are
 * recorded with it (in its transaction: a redelivered poll skips them with it, and never shows an older version after
 * a newer one). Under load a channel's polls grow and more edits fold into one; a member clicking a ballot still gets
 * their own confirmation, and the message shows the tally after the last click.
 *
 * <p>An edit is of a known message when it is an {@link EditChannelMessage}, or an {@link EditInteractionReply} of a
 * click the gateway acknowledged by updating the clicked message (an interaction answered with a reply of its own
 * edits that reply instead). An edit whose requester asked to hear back of it is always performed.
 */
public final class SupersededEdits {

    /** An action of the channel, in offset order. */
    public record Pending(UUID id, DiscordAction action) {
    }

    private final Map<UUID, List<UUID>> replaces;
    private final Set<UUID> superseded;

    private SupersededEdits(Map<UUID, List<UUID>> replaces) {
        this.replaces = replaces;
        this.superseded = new java.util.HashSet<>();
        replaces.values().forEach(superseded::addAll);
    }

    /**
     * @param actions        one channel's actions not yet performed, in offset order
     * @param updatesMessage whether the gateway acknowledged this interaction by updating the clicked message
     */
    public static SupersededEdits of(List<Pending> actions, Predicate<String> updatesMessage) {
        Map<String, UUID> last = new HashMap<>();
        Map<UUID, List<UUID>> replaces = new LinkedHashMap<>();
        for (int i = actions.size() - 1; i >= 0; i--) {
            Pending p = actions.get(i);
            String message = editedMessage(p.action(), updatesMessage);
            if (message == null) {
                continue;
            }
            UUID later = last.get(message);
            if (later == null) {
                last.put(message, p.id());
            } else if (!p.action().reportsOutcome()) {
                replaces.computeIfAbsent(later, k -> new ArrayList<>()).add(0, p.id());
            }
        }
        return new SupersededEdits(replaces);
    }

    /**
     * The interactions whose acknowledgement decides whether their edit is of the clicked message (and so which line
     * it keeps, {@link ActionOrder}): every edit of a clicked message (the gateway looks them up in one query).
     */
    public static Set<String> interactionsToAsk(List<Pending> actions) {
        Set<String> ask = new java.util.LinkedHashSet<>();
        for (Pending p : actions) {
            if (p.action() instanceof EditInteractionReply e && e.interaction().messageId() != null) {
                ask.add(e.interaction().interactionId());
            }
        }
        return ask;
    }

    /** Whether a later edit of the same message is performed instead of this action. */
    public boolean superseded(UUID id) {
        return superseded.contains(id);
    }

    /** The earlier edits this action replaces (empty for most actions). */
    public List<UUID> replacedBy(UUID id) {
        return replaces.getOrDefault(id, List.of());
    }

    private static String editedMessage(DiscordAction action, Predicate<String> updatesMessage) {
        return switch (action) {
            case EditChannelMessage e -> e.messageId();
            case EditInteractionReply e when e.interaction().messageId() != null
                    && updatesMessage.test(e.interaction().interactionId()) -> e.interaction().messageId();
            default -> null;
        };
    }
}
