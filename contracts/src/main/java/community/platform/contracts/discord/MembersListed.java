package community.platform.contracts.discord;

import community.platform.contracts.Message;
import java.time.Instant;
import java.util.List;

/**
 * Reconciliation: who is in the guild according to Discord, the source of truth, in chunks of at most 1,000 members
 * (its people: bots are not listed, so a share of the members is a share of the people).
 * Services replace what they believe with it. On {@code discord.events} keyed by {@code <guildId>:members}.
 *
 * @param snapshotId the same for every chunk of one listing
 * @param chunk      0-based; the listing is complete when chunks {@code 0..chunks-1} arrived
 */
public record MembersListed(String guildId, String snapshotId, int chunk, int chunks, List<String> userIds,
                            Instant at) implements Message {
}
