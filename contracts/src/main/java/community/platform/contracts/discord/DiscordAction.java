package community.platform.contracts.discord;

import community.platform.contracts.Message;

/**
 * Something a service asks the gateway to do on Discord, sent to {@code discord.actions} through the service's outbox.
 * Its {@code ce_id} is the action id: the gateway performs each id once.
 */
public interface DiscordAction extends Message {

    /**
     * The guild of an answer to a click in the bot's DMs on something that does not exist (no guild to name): the
     * gateway answers through the interaction and finds no guild settings for it.
     */
    String NO_GUILD = "0";

    /**
     * The id of an action {@code service} asked for, from a report about it ({@link ActionPerformed},
     * {@link ActionRefused}: its requester and action id); empty for another service's action or an id that is not
     * one of ours.
     */
    static java.util.Optional<java.util.UUID> requestedBy(String service, String requester, String actionId) {
        if (!service.equals(requester) || actionId == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(java.util.UUID.fromString(actionId));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** The key on {@code discord.actions}: the channel the action touches, so actions on one channel keep order. */
    String key();

    /**
     * True when the requester wants to hear that Discord did it ({@link ActionPerformed}), because what it shows
     * depends on it (a ban). Every action refused for good is reported ({@link ActionRefused}) whatever this says.
     */
    default boolean reportsOutcome() {
        return false;
    }
}
