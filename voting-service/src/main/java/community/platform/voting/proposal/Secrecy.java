package community.platform.voting.proposal;

/**
 * Who sees what of a proposal, and who votes: {@code secret}, only counts are ever shown or published (never who chose
 * what); {@code hiddenTally}, counts are shown only once voting closed; {@code roleId}, only members with that role
 * vote (null: everyone).
 */
record Secrecy(boolean secret, boolean hiddenTally, Long roleId) {

    static final Secrecy OPEN = new Secrecy(false, false, null);

    boolean mayVote(java.util.List<String> roleIds) {
        return roleId == null || roleIds.contains(Long.toString(roleId));
    }
}
