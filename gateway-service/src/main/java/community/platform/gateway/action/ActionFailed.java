package community.platform.gateway.action;

import java.util.Optional;

/**
 * An action that did not happen; {@code passing} when the same request may succeed later. A refusal for good
 * carries Discord's error code (0 when JDA refused before asking) and the permission that would fix it, if known.
 * A guild or channel the bot has not seen is passing at first (Discord's event may be on its way) and, when it
 * lasts through every attempt, Discord's refusal {@code code}.
 */
public final class ActionFailed extends RuntimeException {
    public final boolean passing;
    public final int code;
    public final String missingPermission;

    public ActionFailed(boolean passing, String reason) {
        this(passing, 0, reason, null);
    }

    private ActionFailed(boolean passing, int code, String reason, String missingPermission) {
        super(reason);
        this.passing = passing;
        this.code = code;
        this.missingPermission = missingPermission;
    }

    static ActionFailed refused(int code, String reason, String missingPermission) {
        return new ActionFailed(false, code, reason, missingPermission);
    }

    static ActionFailed notSeenYet(int code, String reason) {
        return new ActionFailed(true, code, reason, null);
    }

    /** After the last attempt: a refusal for good when Discord would have refused it, else nothing. */
    public Optional<ActionFailed> lasting() {
        return passing && code != 0 ? Optional.of(refused(code, getMessage(), null))
                : Optional.empty();
    }
}
