package community.platform.contracts.voting;

import community.platform.contracts.Message;
import java.time.Instant;
import java.util.List;

/** A proposal was opened: its number in the guild, its options in order, when voting closes. Keyed by proposal id. */
public record ProposalOpened(String guildId, String proposalId, int number, String title, List<String> options,
                             String method, String openedBy, Instant openedAt, Instant closesAt) implements Message {
}
