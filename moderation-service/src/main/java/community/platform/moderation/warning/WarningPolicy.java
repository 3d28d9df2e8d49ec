package community.platform.moderation.warning;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * When warnings escalate by themselves, pure: with the guild's {@code warnings-to-escalate} N above 0, the N-th
 * warning within {@code warnings-days} opens an escalation, unless the member already has one open.
 */
public final class WarningPolicy {

    private WarningPolicy() {
    }

    public static boolean escalates(int warningsToEscalate, int warningsInPeriod, boolean alreadyOpen) {
        return warningsToEscalate > 0 && !alreadyOpen && warningsInPeriod >= warningsToEscalate;
    }

    /** The automatic escalation's id, derived from the warning's: the same warning handled again opens the same one. */
    public static long automaticEscalationId(long warningEscalationId) {
        return UUID.nameUUIDFromBytes(("auto|" + warningEscalationId).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits() & Long.MAX_VALUE;
    }

    public static String reason(int warnings, int days) {
        return warnings + " warnings within " + days + " days";
    }
}
