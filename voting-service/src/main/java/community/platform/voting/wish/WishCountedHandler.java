package community.platform.voting.wish;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.ReactionsCounted;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Discord's list of a wish's 🌟 members ({@code discord.ReactionsCounted}, bots excluded), from the gateway's own
 * reconciliation (it connected; the scheduler's {@code discord-reconciliation}) or a run of ours: the votes become
 * Discord's, a threshold crossed while nobody was listening is acted on, and the run hears what it changed.
 */
@Component
class WishCountedHandler extends TypedHandler<ReactionsCounted> {

    private final WishRepository wishes;
    private final WishVotes votes;
    private final WishSyncs syncs;

    WishCountedHandler(WishRepository wishes, WishVotes votes, WishSyncs syncs) {
        super(Topics.DISCORD_EVENTS, MessageCatalog.REACTIONS_COUNTED);
        this.wishes = wishes;
        this.votes = votes;
        this.syncs = syncs;
    }

    @Override
    public void handle(ReactionsCounted fact, Delivery delivery) {
        if (!WishRules.STAR.equals(fact.emoji()) || fact.userIds() == null) {
            return;
        }
        long messageId = Long.parseLong(fact.messageId());
        var wish = wishes.lockByMessage(messageId).filter(w -> w.status() != Wish.Status.WITHDRAWN);
        WishVotes.Applied applied = wish.map(w -> {
            Set<Long> members = fact.userIds().stream().map(Long::valueOf).collect(Collectors.toSet());
            return votes.reconcile(w, members, fact.startedAt() == null ? fact.at() : fact.startedAt(), delivery);
        }).orElse(WishVotes.Applied.NOTHING);
        syncs.answered(fact.requestId(), messageId, applied.changed() ? WishSyncs.Answer.SYNCED
                : WishSyncs.Answer.UNCHANGED, applied.granted(), delivery);
    }
}
