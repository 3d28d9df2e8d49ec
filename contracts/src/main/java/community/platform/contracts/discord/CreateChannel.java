package community.platform.contracts.discord;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Creates a text channel, or reuses the guild's channel of the same name and topic, so an action delivered twice (or
 * performed again after a crash) leaves one channel. The requester hears its id ({@link ActionPerformed#channelId()}).
 *
 * @param name   Discord's form of a text channel's name (lower case, no spaces)
 * @param reason written to the guild's audit log
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateChannel(String guildId, String name, String topic, String parentId, String reason)
        implements DiscordAction {

    @Override
    public String key() {
        return guildId;
    }

    @Override
    public boolean reportsOutcome() {
        return true;
    }
}
