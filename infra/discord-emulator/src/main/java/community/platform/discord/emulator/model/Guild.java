package community.platform.discord.emulator.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** A guild with its roles, channels, members and bans (user id -> audit-log reason). */
public final class Guild {
    public final long id;
    public final String name;
    public final long ownerId;
    public final Map<Long, Role> roles = new LinkedHashMap<>();
    public final Map<Long, Channel> channels = new LinkedHashMap<>();
    public final Map<Long, Member> members = new LinkedHashMap<>();
    public final Map<Long, String> bans = new LinkedHashMap<>();

    public Guild(long id, String name, long ownerId) {
        this.id = id;
        this.name = name;
        this.ownerId = ownerId;
    }

    /** The position of a member's highest role (@everyone's is 0). */
    public int highestPosition(Member member) {
        int highest = 0;
        for (long roleId : member.roleIds) {
            Role role = roles.get(roleId);
            if (role != null) {
                highest = Math.max(highest, role.position);
            }
        }
        return highest;
    }

    /**
     * Discord's rule for acting on a member (ban, kick, timeout, roles): never the owner, and only a member whose highest
     * role is below the actor's; the owner may act on anyone else.
     */
    public boolean canActOn(Member actor, Member target) {
        if (target.user.id == ownerId) {
            return false;
        }
        return actor.user.id == ownerId || highestPosition(actor) > highestPosition(target);
    }

    /** Permissions of a member: the union of @everyone and their roles (the owner and administrators have all). */
    public long permissionsOf(Member member) {
        long all = roles.get(id).permissions;
        for (long roleId : member.roleIds) {
            Role role = roles.get(roleId);
            if (role != null) {
                all |= role.permissions;
            }
        }
        return member.user.id == ownerId || (all & Permissions.ADMINISTRATOR) != 0 ? Permissions.ALL : all;
    }
}
