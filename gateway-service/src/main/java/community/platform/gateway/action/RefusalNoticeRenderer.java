package community.platform.gateway.action;

import java.util.Locale;

/**
 * What a guild's admins read in their log channel when Discord refused the bot something for good: what failed, why,
 * and what would fix it, so nobody has to read the platform's logs to learn that the bot lacks a permission.
 */
final class RefusalNoticeRenderer {

    private RefusalNoticeRenderer() {
    }

    /** Notices of the same kind (what was asked, and the permission or error that stopped it) are posted once an hour. */
    static String key(String actionType, int code, String missingPermission) {
        return actionType + ":" + (missingPermission != null ? missingPermission : Integer.toString(code));
    }

    static String render(String actionType, String requester, String reason, String missingPermission) {
        StringBuilder out = new StringBuilder("⚠️ Discord refused the bot: it could not ")
                .append(what(actionType)).append(" for ").append(requester).append(".\n")
                .append("Discord's answer: ").append(reason).append('\n');
        if (missingPermission != null) {
            out.append("To fix it: give the bot's role the **").append(missingPermission)
                    .append("** permission (Server Settings → Roles), in the channel too if it has overrides");
            if (actionType.contains("ModerateMember")) {
                out.append(", and keep the bot's role above the roles of the members it acts on");
            }
            out.append('.');
        } else if (reason.contains("50001") || reason.toLowerCase(Locale.ROOT).contains("access")) {
            out.append("To fix it: let the bot's role see the channel (View Channel) and post in it (Send Messages).");
        } else if (reason.contains("role at or above") || reason.contains("owns the server")) {
            out.append("To fix it: move the bot's role above the member's highest role (Server Settings → Roles);"
                    + " nobody can act on the server's owner.");
        }
        return out.toString();
    }

    private static String what(String actionType) {
        String name = actionType.replaceFirst("^discord\\.", "").replaceFirst("\\.v\\d+$", "");
        return switch (name) {
            case "SendChannelMessage" -> "post a message";
            case "EditChannelMessage" -> "edit a message";
            case "DeleteChannelMessage" -> "delete a message";
            case "SendDirectMessage" -> "send a direct message";
            case "ModerateMember" -> "act on a member (timeout, kick, ban or role)";
            case "TrackReactions" -> "follow a message's reactions";
            default -> "do " + name;
        };
    }
}
