package community.platform.contracts.discord;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Deletes a role (its members lose it with it); a role already gone is what was asked.
 *
 * @param reason written to the guild's audit log
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteRole(String guildId, String roleId, String reason) implements DiscordAction {

    @Override
    public String key() {
        return guildId;
    }
}
