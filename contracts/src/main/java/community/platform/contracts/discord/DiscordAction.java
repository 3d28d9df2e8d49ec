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
