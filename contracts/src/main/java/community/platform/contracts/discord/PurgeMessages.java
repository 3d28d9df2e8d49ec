package community.platform.contracts.discord;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code /purge} and {@code /purgebot}: the channel's latest {@code count} messages (1 to 100; with {@code botOnly}
 * the bot's own among the latest 100) deleted in one bulk delete, as Discord allows it: 2 to 100 messages, none older
 * than 14 days (older ones are left and counted; a single message is deleted alone). The gateway answers the member in
 * the command's reply with what Discord did. Keyed by the channel.
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record PurgeMessages(String guildId, String channelId, int count, boolean botOnly, InteractionRef interaction,
                            String reason) implements DiscordAction {

    /** Discord's bulk delete takes at most 100 messages, and reads history 100 at a time. */
    public static final int MAX = 100;

    @Override
    public String key() {
        return channelId;
    }
}
