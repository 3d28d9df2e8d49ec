package community.platform.contracts.discord;

/** A further message answering the interaction; an ephemeral one is seen only by the member who acted. */
public record SendInteractionFollowup(String guildId, InteractionRef interaction, boolean ephemeral,
                                      DiscordMessage message) implements DiscordAction {

    @Override
    public String key() {
        return interaction.channelId();
    }
}
