package community.platform.contracts.discord;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import java.time.Instant;

/**
 * Discord refused an action for good (a missing permission, a member above the bot, an unknown member or channel):
 * asking again would be refused again. The requester records and shows what really happened. On
 * {@code discord.events} keyed by the action id.
 *
 * @param actionId          the {@code ce_id} of the action, as the requester wrote it in its outbox
 * @param actionType        the action's message type ({@code discord.ModerateMember.v1})
 * @param requester         the service that asked (from the action's {@code ce_source})
 * @param code              Discord's JSON error code (50013 Missing Permissions, 10007 Unknown Member ...), 0 when
 *                          the refusal was known before asking (the client checks permissions and role positions)
 * @param reason            why, in words a guild admin understands
 * @param missingPermission the permission that would let the bot do it, by Discord's name ("Ban Members"), if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionRefused(String guildId, String actionId, String actionType, String requester, int code,
                            String reason, String missingPermission, Instant at) implements Message {
}
