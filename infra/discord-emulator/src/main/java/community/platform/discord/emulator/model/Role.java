package community.platform.discord.emulator.model;

/** A guild role; the role whose id equals the guild's id is @everyone. */
public final class Role {
    public final long id;
    public final String name;
    public final long permissions;
    public final int position;
    /** RGB, 0 for none */
    public final int color;
    /** shown apart in the member list */
    public final boolean hoist;
    public final boolean mentionable;

    public Role(long id, String name, long permissions, int position) {
        this(id, name, permissions, position, 0, false, false);
    }

    public Role(long id, String name, long permissions, int position, int color, boolean hoist, boolean mentionable) {
        this.id = id;
        this.name = name;
        this.permissions = permissions;
        this.position = position;
        this.color = color;
        this.hoist = hoist;
        this.mentionable = mentionable;
    }
}
