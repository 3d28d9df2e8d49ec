package community.platform.contracts.discord;

/** Replaces the interaction's original response (a deferred reply, or the message a clicked button is on). */
public record EditInteractionReply(String guildId, InteractionRef interaction, DiscordMessage message)
        implements DiscordAction {

    @Override
    public String key() {
        return interaction.channelId();
    }
}
