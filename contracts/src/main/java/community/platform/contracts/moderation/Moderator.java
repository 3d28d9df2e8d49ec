package community.platform.contracts.moderation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Who clicked, as Discord described them in the interaction: their roles and their permissions in the channel (the
 * raw bit set as a decimal string), and the name they were shown under then (kept with their vote, so a report reads
 * well after they rename or leave). The moderation service decides from its guild settings whether they moderate.
 */
public record Moderator(String userId, List<String> roleIds, String permissions,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String name) {

    public Moderator {
        roleIds = roleIds == null ? List.of() : List.copyOf(roleIds);
    }

    public Moderator(String userId, List<String> roleIds, String permissions) {
        this(userId, roleIds, permissions, null);
    }

    public boolean has(long permission) {
        try {
            return (Long.parseLong(permissions) & permission) == permission;
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
    }
}
