package community.platform.contracts.moderation;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/**
 * A moderator escalates a reported member ({@code /escalate}, the message command "Escalate", or a report's
 * {@link community.platform.contracts.moderation.ids.EscalateId}): a new vote with one button per resolution. Keyed by {@code escalationId}, the id of the interaction, so
 * each click opens exactly one escalation however often it is delivered.
 *
 * @param messageId  the reported message, if any
 * @param memberName the reported member's name as shown when reported (their case thread is named after it), if known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpenEscalation(String guildId, String escalationId, String memberId, String messageId, String reason,
                             Moderator moderator, InteractionRef interaction, String memberName)
        implements Message, FromInteraction {

    public OpenEscalation(String guildId, String escalationId, String memberId, String messageId, String reason,
                          Moderator moderator, InteractionRef interaction) {
        this(guildId, escalationId, memberId, messageId, reason, moderator, interaction, null);
    }
}
