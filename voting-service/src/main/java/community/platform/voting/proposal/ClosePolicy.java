package community.platform.voting.proposal;

/** Who may close a proposal before its deadline: the member who proposed it, or one who may manage the server. */
final class ClosePolicy {

    /** Discord's Administrator and Manage Server permission bits. */
    static final long ADMINISTRATOR = 1L << 3;
    static final long MANAGE_SERVER = 1L << 5;

    private ClosePolicy() {
    }

    static boolean mayClose(Proposal p, long userId, long permissions) {
        return p.openedBy() == userId || (permissions & (ADMINISTRATOR | MANAGE_SERVER)) != 0;
    }
}
