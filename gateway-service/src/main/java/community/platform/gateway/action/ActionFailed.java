package community.platform.gateway.action;

import java.util.Optional;
import java.util.concurrent.CancellationException;
import net.dv8tion.jda.api.exceptions.HierarchyException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.PermissionException;

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

    /**
     * What a failure JDA raised (not Discord's answer) means for the action: refused for good where JDA refused it
     * before asking Discord (permissions, hierarchy, an argument Discord would refuse), passing otherwise. A request
     * JDA cancelled (its client shutting down, as when the gateway stops) is passing: a {@link CancellationException}
     * is an {@link IllegalStateException}, and taken for a refusal it would record the action as refused and lose it
     * to the delivery after the restart.
     */
    static ActionFailed raisedByJda(RuntimeException e) {
        return switch (e) {
            case CancellationException cancelled -> new ActionFailed(true, "JDA cancelled the request: " + e);
            // JDA knows the bot's permissions and refuses before asking Discord, which would answer 50013
            case InsufficientPermissionException p -> refused(0, "the bot lacks the permission "
                    + p.getPermission().getName(), p.getPermission().getName());
            case HierarchyException h -> refused(0, "the member owns the server or has a role at or above"
                    + " the bot's highest role (" + h.getMessage() + ")", null);
            case IllegalArgumentException r -> refusedByJda(r);
            case IllegalStateException r -> refusedByJda(r);
            case UnsupportedOperationException r -> refusedByJda(r);
            case PermissionException r -> refusedByJda(r);
            default -> new ActionFailed(true, e.toString());
        };
    }

    private static ActionFailed refusedByJda(RuntimeException e) {
        return refused(0, e.getClass().getSimpleName() + ": " + e.getMessage(), null);
    }

    /** After the last attempt: a refusal for good when Discord would have refused it, else nothing. */
    public Optional<ActionFailed> lasting() {
        return passing && code != 0 ? Optional.of(refused(code, getMessage(), null))
                : Optional.empty();
    }
}
