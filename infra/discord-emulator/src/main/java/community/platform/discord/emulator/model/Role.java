package community.platform.discord.emulator.model;

/** A guild role; the role whose id equals the guild's id is @everyone. */
public final class Role {
    public final long id;
    public final String name;
    public final long permissions;
    public final int position;

    public Role(long id, String name, long permissions, int position) {
        this.id = id;
        this.name = name;
        this.permissions = permissions;
        this.position = position;
    }
}
