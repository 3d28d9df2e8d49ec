package community.platform.discord.emulator.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** A guild with its roles, channels, members and bans (user id -> audit-log reason). */
public final class Guild {
    /** "Maximum number of guild roles reached (250)" (30005), @everyone included */
    public static final int MAX_ROLES = 250;
    /**
     * Discord's role order, lowest first: by position, and of roles with the same position the newer (larger id) lower
     * (permissions.mdx "Role Object": "roles with the same position are sorted by id"; JDA's Role.compareTo).
     */
    public static final Comparator<Role> HIERARCHY = Comparator.<Role>comparingInt(r -> r.position)
            .thenComparing((a, b) -> Long.compareUnsigned(b.id, a.id));

    public final long id;
    public final String name;
    public final long ownerId;
    public final Map<Long, Role> roles = new LinkedHashMap<>();
    public final Map<Long, Channel> channels = new LinkedHashMap<>();
    /** threads, active and archived, by id (they are not in {@link #channels}: GUILD_CREATE lists them apart) */
    public final Map<Long, Channel> threads = new LinkedHashMap<>();
    public final Map<Long, Member> members = new LinkedHashMap<>();
    public final Map<Long, String> bans = new LinkedHashMap<>();
    /** the AFK voice channel (null: none) */
    public Long afkChannelId;

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

    /**
     * A member's permissions in a channel, as Discord computes them (docs: topics/permissions.mdx "Permission
     * Overwrites"): the guild permissions, then @everyone's overwrite, the member's roles' overwrites (denies and
     * allows of all of them together), then the member's own; administrators and the owner have all. Denying
     * VIEW_CHANNEL denies everything else there ("Implicit Permissions"), and denying SEND_MESSAGES denies
     * MENTION_EVERYONE and EMBED_LINKS. A thread has its channel's permissions (topics/threads.mdx "Permissions":
     * "Threads generally inherit permissions from the parent channel"); there SEND_MESSAGES_IN_THREADS counts instead
     * of SEND_MESSAGES, which the callers check.
     */
    public long permissionsIn(Member member, Channel channel) {
        if (channel.isThread()) {
            Channel parent = channels.get(channel.parentId);
            return parent == null ? 0 : permissionsIn(member, parent);
        }
        long base = permissionsOf(member);
        if (base == Permissions.ALL || channel.guildId != id) {
            return base;
        }
        long p = base;
        Channel.Overwrite everyone = channel.overwrites.get(id);
        if (everyone != null) {
            p = (p & ~everyone.deny()) | everyone.allow();
        }
        long allow = 0;
        long deny = 0;
        for (long roleId : member.roleIds) {
            Channel.Overwrite o = channel.overwrites.get(roleId);
            if (o != null && o.type() == Channel.Overwrite.ROLE) {
                allow |= o.allow();
                deny |= o.deny();
            }
        }
        p = (p & ~deny) | allow;
        Channel.Overwrite own = channel.overwrites.get(member.user.id);
        if (own != null && own.type() == Channel.Overwrite.MEMBER) {
            p = (p & ~own.deny()) | own.allow();
        }
        if ((p & Permissions.VIEW_CHANNEL) == 0) {
            return 0;
        }
        if ((p & Permissions.SEND_MESSAGES) == 0) {
            p &= ~(Permissions.MENTION_EVERYONE | Permissions.EMBED_LINKS);
        }
        return p;
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
