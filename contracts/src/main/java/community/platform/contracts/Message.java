package community.platform.contracts;

/**
 * A command, event or Discord action. Every message belongs to one guild: queries and authorization are scoped by it.
 */
public interface Message {
    String guildId();
}
