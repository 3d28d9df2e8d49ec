package community.platform.contracts.discord;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import java.time.Instant;

/**
 * Discord carried out an action whose requester wants to hear back ({@link DiscordAction#reportsOutcome()}), such as a
 * ban: the requester shows and records what Discord did, not what it asked for. On {@code discord.events} keyed by the
 * action id.
 *
 * @param actionId   the {@code ce_id} of the action, as the requester wrote it in its outbox
 * @param actionType the action's message type ({@code discord.ModerateMember.v1})
 * @param requester  the service that asked (from the action's {@code ce_source})
 * @param outcome    what the gateway did, in words ("ban of 1300000000000000201")
 * @param messageId  the message the action posted or edited, when it is about one (null otherwise)
 * @param channelId  the channel the action created or reused (null otherwise)
 * @param roleId     the role the action created or reused (null otherwise)
 */
public record ActionPerformed(String guildId, String actionId, String actionType, String requester, String outcome,
                              Instant at, @JsonInclude(JsonInclude.Include.NON_NULL) String messageId,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String channelId,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String roleId) implements Message {

    public ActionPerformed(String guildId, String actionId, String actionType, String requester, String outcome,
                           Instant at, String messageId, String channelId) {
        this(guildId, actionId, actionType, requester, outcome, at, messageId, channelId, null);
    }

    public ActionPerformed(String guildId, String actionId, String actionType, String requester, String outcome,
                           Instant at, String messageId) {
        this(guildId, actionId, actionType, requester, outcome, at, messageId, null);
    }

    public ActionPerformed(String guildId, String actionId, String actionType, String requester, String outcome,
                           Instant at) {
        this(guildId, actionId, actionType, requester, outcome, at, null);
    }
}
