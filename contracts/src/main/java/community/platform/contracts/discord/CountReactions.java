package community.platform.contracts.discord;

import java.util.List;

/**
 * Asks the gateway to reconcile these messages' reactions of one emoji with Discord now (before a top list, a summary,
 * an admin's sync). Each message is answered on {@code discord.events} with {@code requestId}: {@link ReactionsCounted}
 * (its members, bots excluded), {@link ReactionsUncounted} (kept, not readable) or {@link MessageDeleted}.
 */
public record CountReactions(String guildId, String requestId, String emoji, List<Target> messages)
        implements DiscordAction {

    public record Target(String channelId, String messageId) {
    }

    public CountReactions {
        messages = List.copyOf(messages);
    }

    @Override
    public String key() {
        return guildId;
    }
}
