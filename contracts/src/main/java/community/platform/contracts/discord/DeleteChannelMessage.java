package community.platform.contracts.discord;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Deletes a message; one already gone counts as done. With {@code reportOutcome} the requester hears that it was done
 * ({@link ActionPerformed}), as for a moderator's deletion of a reported message.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteChannelMessage(String guildId, String channelId, String messageId, String reason,
                                   @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean reportOutcome)
        implements DiscordAction {

    public DeleteChannelMessage(String guildId, String channelId, String messageId, String reason) {
        this(guildId, channelId, messageId, reason, false);
    }

    @Override
    public String key() {
        return channelId;
    }

    @Override
    public boolean reportsOutcome() {
        return reportOutcome;
    }
}
