package community.platform.discord.emulator.model;

import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One request the bot made, as the emulator answered it: what tests read to see what the bot did.
 *
 * @param at          when it was answered
 * @param route       the route template ("POST /channels/{channel}/messages")
 * @param auditReason the X-Audit-Log-Reason header, decoded
 * @param handling    the emulator's own time on it: from a handler thread taking it up to its answer (waiting for the
 *                    emulator's lock included, its HTTP server's queue before that not)
 */
public record BotCall(Instant at, String method, String path, String route, int status, JsonNode body,
                      String auditReason, Duration handling) {
}
