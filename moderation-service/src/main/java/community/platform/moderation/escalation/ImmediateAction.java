package community.platform.moderation.escalation;

/**
 * What a moderator may do at once on a report, without the vote: the report's buttons of its last row. Each is taken
 * once per escalation while it is pending or done ({@code mod_case}); a refused one may be taken again.
 */
public enum ImmediateAction {
    DELETE_MESSAGE("Delete message", "Deleting the reported message", "Reported message deleted."),
    TIMEOUT("Timeout now", null, null),
    RESTRICT("Restrict now", null, null),
    KICK("Kick now", null, null),
    BAN("Ban now", null, null);

    private final String button;
    private final String pending;
    private final String done;

    ImmediateAction(String button, String pending, String done) {
        this.button = button;
        this.pending = pending;
        this.done = done;
    }

    /** The button's label. */
    public String button() {
        return button;
    }

    /** How the case log names it ("Ban", "Delete message"). */
    public String label() {
        return this == DELETE_MESSAGE ? "Delete message" : button.substring(0, button.length() - " now".length());
    }

    String pending() {
        return pending;
    }

    String done() {
        return done;
    }

    /** The resolution of the vote asking the same of Discord, if any (all but deleting the message). */
    EscalationPolicy.Resolution resolution() {
        return this == DELETE_MESSAGE ? null : EscalationPolicy.Resolution.valueOf(name());
    }
}
