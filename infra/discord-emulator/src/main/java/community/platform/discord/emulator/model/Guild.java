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
