package community.platform.voting.wish;

import community.platform.contracts.Topics;
import community.platform.contracts.discord.CreateChannel;
import community.platform.contracts.discord.EditChannelMessage;
import community.platform.contracts.voting.WishGranted;
import community.platform.contracts.voting.WishVotesChanged;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.outbox.OutboxWriter;
import community.platform.voting.membership.MembershipRepository;
import community.platform.voting.wish.VoteReconciliation.Change;
import community.platform.voting.wish.VoteReconciliation.Stored;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Changes a wish's votes (its row locked by the caller) from a live reaction or from what Discord lists, publishes the
 * new count, and grants a channel wish whose votes reach the guild's threshold: once (a conditional update), asking the
 * gateway for its channel in the same transaction.
 */
@Component
class WishVotes {

    /** What a change did: whether the votes changed, and whether it granted the wish. */
    record Applied(boolean changed, boolean granted) {
        static final Applied NOTHING = new Applied(false, false);
    }

    private final WishRepository wishes;
    private final MembershipRepository membership;
    private final OutboxWriter outbox;

    WishVotes(WishRepository wishes, MembershipRepository membership, OutboxWriter outbox) {
        this.wishes = wishes;
        this.membership = membership;
        this.outbox = outbox;
    }

    /** A member starred or unstarred the wish at {@code at}: applied unless a newer fact already said otherwise. */
    Applied live(Wish w, long member, boolean present, Instant at, Delivery delivery) {
        Stored stored = wishes.votes(w.wishId()).get(member);
        if (!VoteReconciliation.applies(stored, present, at)) {
            return Applied.NOTHING;
        }
        wishes.write(w.wishId(), List.of(new Change(member, present)), at);
        return counted(w, WishVotesChanged.Source.REACTION, at, delivery);
    }

    /** Discord listed these members as starring the wish, the list read from {@code startedAt}. */
    Applied reconcile(Wish w, Set<Long> onDiscord, Instant startedAt, Delivery delivery) {
        List<Change> changes = VoteReconciliation.reconcile(wishes.votes(w.wishId()), onDiscord, startedAt);
        if (changes.isEmpty()) {
            // nothing to correct; a threshold crossed while nobody could act on it is still acted on
            return new Applied(false, grantIfReached(w, w.votes(), startedAt, delivery));
        }
        wishes.write(w.wishId(), changes, startedAt);
        return counted(w, WishVotesChanged.Source.RECONCILIATION, startedAt, delivery);
    }

    private Applied counted(Wish w, WishVotesChanged.Source source, Instant at, Delivery delivery) {
        int votes = wishes.recount(w.wishId());
        if (votes == w.votes()) {
            return Applied.NOTHING;
        }
        outbox.append(delivery.derivedId("wish-votes-" + w.wishId()), Topics.VOTING_EVENTS,
                Long.toString(w.wishId()), new WishVotesChanged(Long.toString(w.guildId()),
                        Long.toString(w.wishId()), w.number(), votes, source, at));
        return new Applied(true, grantIfReached(w, votes, at, delivery));
    }

    /**
     * An open channel wish at or above its threshold is granted here, once: the grant is a conditional update, and the
     * channel is asked for in the same transaction (the gateway reuses a channel of the same name and topic, so a
     * redelivered action still leaves one).
     */
    private boolean grantIfReached(Wish w, int votes, Instant at, Delivery delivery) {
        if (!w.channelWish() || w.status() != Wish.Status.OPEN) {
            return false;
        }
        WishSettings settings = wishes.settings(w.guildId());
        Optional<Integer> humans = membership.members(w.guildId());
        Optional<Integer> needed = WishRules.needed(humans, settings.thresholdPercent());
        if (needed.isEmpty() || votes < needed.get()) {
            return false;
        }
        UUID action = delivery.derivedId("wish-channel-" + w.wishId());
        if (!wishes.grant(w.wishId(), action, at)) {
            return false;
        }
        String guild = Long.toString(w.guildId());
        String name = WishRules.channelName(w.text(), w.number());
        outbox.append(action, Topics.DISCORD_ACTIONS, guild, new CreateChannel(guild, name, w.name() + ": "
                + WishRenderer.cut(w.text(), 900) + " (granted by " + votes + " " + WishRules.STAR + " of "
                + humans.get() + " members)", null, w.name() + " reached " + settings.thresholdPercent()
                + "% of the members"));
        outbox.append(delivery.derivedId("wish-granted-" + w.wishId()), Topics.VOTING_EVENTS,
                Long.toString(w.wishId()), new WishGranted(guild, Long.toString(w.wishId()), w.number(), votes,
                        WishGranted.By.THRESHOLD, null, at));
        Wish granted = wishes.lockByMessage(w.messageId()).orElseThrow();
        outbox.appendAction(delivery, "wish-shown-" + w.wishId(), new EditChannelMessage(guild,
                Long.toString(w.channelId()), Long.toString(w.messageId()), WishRenderer.wish(granted)));
        return true;
    }
}
