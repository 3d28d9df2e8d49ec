package community.platform.contracts.discord;

/**
 * A member's permissions as commands carry them (Discord's raw bit set, from the interaction, as a decimal string):
 * the checks services make on them.
 */
public final class MemberPermissions {

    public static final long ADMINISTRATOR = 1L << 3;
    public static final long MANAGE_SERVER = 1L << 5;

    private MemberPermissions() {
    }

    /** Whether the member may manage the server: Manage Server or Administrator. */
    public static boolean managesServer(long permissions) {
        return (permissions & (MANAGE_SERVER | ADMINISTRATOR)) != 0;
    }
}
