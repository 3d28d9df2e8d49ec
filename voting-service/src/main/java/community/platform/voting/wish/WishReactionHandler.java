package community.platform.voting.wish;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.ReactionChanged;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import org.springframework.stereotype.Component;

/**
 * A member starred or unstarred a wish ({@code discord.ReactionChanged} of 🌟 on a wish's message; the gateway never
 * reports bots' reactions): the vote is written unless a newer fact already said otherwise, and a channel wish that
 * reaches its threshold is granted. Other reactions and other messages are not wishes' business.
 */
@Component
class WishReactionHandler extends TypedHandler<ReactionChanged> {

    private final WishRepository wishes;
    private final WishVotes votes;

    WishReactionHandler(WishRepository wishes, WishVotes votes) {
        super(Topics.DISCORD_EVENTS, MessageCatalog.REACTION_CHANGED);
        this.wishes = wishes;
        this.votes = votes;
    }

    @Override
    public void handle(ReactionChanged fact, Delivery delivery) {
        if (!WishRules.STAR.equals(fact.emoji())) {
            return;
        }
        wishes.lockByMessage(Long.parseLong(fact.messageId())).filter(w -> w.status() != Wish.Status.WITHDRAWN)
                .ifPresent(w -> votes.live(w, Long.parseLong(fact.userId()), fact.added(), fact.at(), delivery));
    }
}
