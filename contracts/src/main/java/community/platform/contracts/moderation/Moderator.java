package community.platform.contracts.moderation;

import java.util.List;

/**
 * Who clicked, as Discord described them in the interaction: their roles and their permissions in the channel (the
 * raw bit set as a decimal string). The moderation service decides from its guild settings whether they moderate.
 */
public record Moderator(String userId, List<String> roleIds, String permissions) {

    public Moderator {
        roleIds = roleIds == null ? List.of() : List.copyOf(roleIds);
    }

    public boolean has(long permission) {
        try {
            return (Long.parseLong(permissions) & permission) == permission;
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
    }
}
