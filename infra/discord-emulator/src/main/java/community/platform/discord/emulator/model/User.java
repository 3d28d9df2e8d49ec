package community.platform.discord.emulator.model;

/** A Discord account: a member of guilds or the bot itself. */
public final class User {
    public final long id;
    public final String name;
    public final boolean bot;
    /** the display name the user chose (Discord's {@code global_name}; null: their username shows) */
    public volatile String globalName;
    /** false: the member closed DMs from server members; a DM to them fails with 50007 as on Discord */
    public volatile boolean dmsOpen = true;

    public User(long id, String name, boolean bot) {
        this.id = id;
        this.name = name;
        this.bot = bot;
        this.globalName = name;
    }
}
