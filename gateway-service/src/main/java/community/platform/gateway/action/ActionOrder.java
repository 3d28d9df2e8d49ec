package community.platform.gateway.action;

import community.platform.contracts.discord.DiscordAction;
import community.platform.contracts.discord.EditInteractionReply;
import community.platform.contracts.discord.SendInteractionFollowup;
import java.util.function.Predicate;

/**
 * Which actions of one channel must keep their order among themselves. An interaction's own answers (its reply and
 * its follow-ups) touch nothing but that interaction's messages, so they keep their order per interaction and go side
 * by side with other members' answers: on Discord each call takes 50-150 ms, and a channel whose clicks were answered
 * one after another would confirm about ten a second. Everything else in the channel (messages, edits of a shared
 * message, including a click's edit of the message it was on) stays in one line, in offset order.
 */
public final class ActionOrder {

    /** The line of everything that is not one interaction's own answer. */
    public static final String CHANNEL = "channel";

    private ActionOrder() {
    }

    /**
     * @param updatesMessage whether the gateway acknowledged this interaction by updating the clicked message (its
     *                       edit is then of a message others see)
     */
    public static String of(DiscordAction action, Predicate<String> updatesMessage) {
        return switch (action) {
            case SendInteractionFollowup f -> "interaction:" + f.interaction().interactionId();
            case EditInteractionReply e when e.interaction().messageId() == null
                    || !updatesMessage.test(e.interaction().interactionId()) ->
                    "interaction:" + e.interaction().interactionId();
            default -> CHANNEL;
        };
    }
}
