package community.platform.gateway.action;

import community.platform.contracts.discord.ModerateMember;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.UserSnowflake;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * A moderator's decision carried out on a member ({@link ModerateMember}): a timeout, a kick, a ban (the member's
 * messages of the last {@code durationSeconds} deleted, at most 7 days' worth), a role given or taken. A kick asked again after its answer was lost finds the member
 * already gone, which is what was asked; a role that does not exist is a refusal for good.
 */
final class MemberActions {

    private MemberActions() {
    }

    static String moderate(Guild g, ModerateMember a) {
        UserSnowflake user = UserSnowflake.fromId(a.userId());
        switch (a.kind()) {
            case TIMEOUT -> g.timeoutFor(user, Duration.ofSeconds(a.durationSeconds())).reason(a.reason()).complete();
            case KICK -> {
                try {
                    g.kick(user).reason(a.reason()).complete();
                } catch (ErrorResponseException e) {
                    // asked again after an answer was lost: the member is already out, which is what was asked
                    if (e.getErrorResponse() != ErrorResponse.UNKNOWN_MEMBER) {
                        throw e;
                    }
                    return "kick of " + a.userId() + ": no longer a member";
                }
            }
            case BAN -> g.ban(user, (int) Math.min(a.durationSeconds(), 604800), TimeUnit.SECONDS).reason(a.reason())
                    .complete();
            case ADD_ROLE -> g.addRoleToMember(user, role(g, a.roleId())).reason(a.reason()).complete();
            case REMOVE_ROLE -> g.removeRoleFromMember(user, role(g, a.roleId())).reason(a.reason()).complete();
        }
        return a.kind().name().toLowerCase() + " of " + a.userId();
    }

    private static Role role(Guild g, String roleId) {
        Role role = roleId == null ? null : g.getRoleById(roleId);
        if (role == null) {
            throw new ActionFailed(false, "no role " + roleId + " in guild " + g.getId());
        }
        return role;
    }
}
