package community.platform.contracts.discord;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Reconciliation: the reactions a tracked message has on Discord, the source of truth, per emoji, the bot's own
 * reactions not counted. Services replace what they counted from {@link ReactionChanged} with it. On
 * {@code discord.events} keyed by the message id.
 *
 * @param emoji     the emoji the message is tracked for, whose members are listed (null: counts only)
 * @param userIds   the members who reacted with {@code emoji} (read page by page, bots excluded)
 * @param requestId the {@link CountReactions} this answers (null: the gateway's own reconciliation)
 * @param startedAt when the gateway began reading the list: a reaction changed after it may be missing from it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReactionsCounted(String guildId, String channelId, String messageId, Map<String, Integer> counts,
                               Instant at, String emoji, List<String> userIds, String requestId, Instant startedAt)
        implements Message {

    public ReactionsCounted(String guildId, String channelId, String messageId, Map<String, Integer> counts,
                            Instant at) {
        this(guildId, channelId, messageId, counts, at, null, null, null, null);
    }
}
