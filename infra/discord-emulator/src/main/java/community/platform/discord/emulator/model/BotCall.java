package community.platform.discord.emulator.model;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One request the bot made, as the emulator answered it: what tests read to see what the bot did.
 *
 * @param route       the route template ("POST /channels/{channel}/messages")
 * @param auditReason the X-Audit-Log-Reason header, decoded
 */
public record BotCall(Instant at, String method, String path, String route, int status, JsonNode body,
                      String auditReason) {
}
