package community.platform.gateway.interaction;

import community.platform.contracts.discord.InteractionRef;
import java.util.List;

/**
 * Who made an interaction, and where: the guild, the interaction (its id, token, channel, user), the member's roles
 * and their permissions in the channel (Discord's raw bit set), as Discord put them in the interaction. In the bot's
 * DMs (a {@link GatewayCommand#acceptsDirect()} component) there is no guild: {@code guildId} is null and
 * {@code roleIds} holds every shared server's id and the member's roles there. {@code displayName}: the name the
 * member shows there at that moment (their server nickname, else their account's display name).
 */
public record Caller(String guildId, InteractionRef ref, List<String> roleIds, long permissions, String displayName) {

    public Caller {
        roleIds = roleIds == null ? List.of() : List.copyOf(roleIds);
    }

    public Caller(String guildId, InteractionRef ref, List<String> roleIds, long permissions) {
        this(guildId, ref, roleIds, permissions, null);
    }

    public boolean direct() {
        return guildId == null;
    }

    public String userId() {
        return ref.userId();
    }

    public boolean has(long permission) {
        return (permissions & permission) == permission;
    }
}
