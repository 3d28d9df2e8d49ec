package community.platform.contracts.discord;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Creates a role without permissions, or reuses the guild's role of that name, so an action delivered twice (or
 * performed again after a crash, or retried by JDA after a lost answer) leaves one role. The requester hears its id
 * ({@link ActionPerformed#roleId()}).
 *
 * @param reason written to the guild's audit log
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateRole(String guildId, String name, String reason) implements DiscordAction {

    @Override
    public String key() {
        return guildId;
    }

    @Override
    public boolean reportsOutcome() {
        return true;
    }
}
