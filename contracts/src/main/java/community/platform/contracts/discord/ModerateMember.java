package community.platform.contracts.discord;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A moderation action on a member, with the reason written to Discord's audit log.
 *
 * @param roleId          for {@code ADD_ROLE} and {@code REMOVE_ROLE}
 * @param durationSeconds for {@code TIMEOUT} (at most 28 days); for {@code BAN}, the seconds of messages to delete
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModerateMember(String guildId, String userId, Kind kind, String roleId, long durationSeconds,
                             String reason) implements DiscordAction {

    public enum Kind { TIMEOUT, KICK, BAN, ADD_ROLE, REMOVE_ROLE }

    @Override
    public String key() {
        return guildId + ':' + userId;
    }

    /** Moderation shows and logs what Discord did: a ban is announced once Discord has carried it out. */
    @Override
    public boolean reportsOutcome() {
        return true;
    }
}
