package community.platform.contracts.discord;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Replaces the interaction's original response (a deferred reply, or the message a clicked button is on). With
 * {@code reportMessage} the requester hears back which message that is ({@link ActionPerformed#messageId()}), to edit
 * it later without a click (a proposal closing at its deadline).
 */
public record EditInteractionReply(String guildId, InteractionRef interaction, DiscordMessage message,
                                   @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean reportMessage)
        implements DiscordAction {

    public EditInteractionReply(String guildId, InteractionRef interaction, DiscordMessage message) {
        this(guildId, interaction, message, false);
    }

    @Override
    public String key() {
        return interaction.channelId();
    }

    @Override
    public boolean reportsOutcome() {
        return reportMessage;
    }
}
