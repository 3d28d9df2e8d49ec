package community.platform.gateway.action;

import community.platform.contracts.discord.CreateRole;
import community.platform.contracts.discord.DeleteRole;
import community.platform.gateway.action.ActionPerformer.Performed;
import java.util.Comparator;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * Roles a service asks for (a raid's temporary role): created without permissions, or the guild's role of the same
 * name reused, so an action performed again (a redelivery, a crash before it was recorded) leaves one role; when
 * Discord created it twice within one request (an answer lost, JDA asked again), the oldest is kept and the twin
 * deleted. Deleting a role that is already gone is what was asked.
 */
final class RoleActions {

    private RoleActions() {
    }

    static Performed create(Guild guild, CreateRole a) {
        Optional<Role> existing = oldest(guild, a.name());
        if (existing.isPresent()) {
            return new Performed("reused role " + existing.get().getId(), null, null, existing.get().getId());
        }
        var request = guild.createRole().setName(a.name()).setPermissions(0L).setMentionable(false);
        Role created = (a.reason() == null ? request : request.reason(a.reason())).complete();
        Role kept = oldest(guild, a.name()).filter(o -> o.getIdLong() < created.getIdLong()).orElse(created);
        if (kept != created) {
            created.delete().reason("a twin of role " + kept.getId() + ", created twice").complete();
            return new Performed("created role " + kept.getId() + " (its twin " + created.getId() + " deleted)", null,
                    null, kept.getId());
        }
        return new Performed("created role " + created.getId(), null, null, created.getId());
    }

    static String delete(Guild guild, DeleteRole a) {
        Role role = guild.getRoleById(a.roleId());
        if (role == null) {
            return "role " + a.roleId() + " was already gone";
        }
        try {
            var request = role.delete();
            if (a.reason() != null) {
                request = request.reason(a.reason());
            }
            request.complete();
            return "deleted role " + a.roleId();
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() == ErrorResponse.UNKNOWN_ROLE) {
                return "role " + a.roleId() + " was already gone";
            }
            throw e;
        }
    }

    private static Optional<Role> oldest(Guild guild, String name) {
        return guild.getRolesByName(name, false).stream().min(Comparator.comparingLong(Role::getIdLong));
    }
}
