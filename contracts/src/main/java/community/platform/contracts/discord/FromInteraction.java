package community.platform.contracts.discord;

/** A command a member's click or slash command made: the interaction it answers through. */
public interface FromInteraction {

    /** The guild the interaction happened in. */
    String guildId();

    InteractionRef interaction();
}
