package community.platform.moderation.escalation;

/**
 * What a moderator may do at once on a report, without the vote: the report's buttons of its last row. Each is taken
 * once per escalation while it is pending or done ({@code mod_case}); a refused one may be taken again.
 */
public enum ImmediateAction {
    DELETE_MESSAGE("Delete message", "Delete message"),
    TIMEOUT("Timeout", "Timeout now"),
    RESTRICT("Restrict", "Restrict now"),
    KICK("Kick", "Kick now"),
    BAN("Ban", "Ban now");

    private final String label;
    private final String button;

    ImmediateAction(String label, String button) {
        this.label = label;
        this.button = button;
    }

    /** The button's label. */
    public String button() {
        return button;
    }

    /** How the case log names it ("Ban", "Delete message"). */
    public String label() {
        return label;
    }

    /** The resolution of the vote asking the same of Discord, if any (all but deleting the message). */
    EscalationPolicy.Resolution resolution() {
        return this == DELETE_MESSAGE ? null : EscalationPolicy.Resolution.valueOf(name());
    }
}
