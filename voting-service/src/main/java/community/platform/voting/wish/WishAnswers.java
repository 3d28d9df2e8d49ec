package community.platform.voting.wish;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.SendChannelMessage;
import community.platform.contracts.voting.ManageWishes;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.outbox.OutboxWriter;
import community.platform.voting.membership.MembershipRepository;
import community.platform.voting.wish.WishSyncs.Finished;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The answers that wait for a reconciliation: a sync's report, a top list, a summary, the weekly summary. */
@Component
class WishAnswers {

    static final int SUMMARY_TOP = 3;
    static final Duration WEEK = Duration.ofDays(7);

    private final WishRepository wishes;
    private final MembershipRepository membership;
    private final OutboxWriter outbox;

    WishAnswers(WishRepository wishes, MembershipRepository membership, OutboxWriter outbox) {
        this.wishes = wishes;
        this.membership = membership;
        this.outbox = outbox;
    }

    void answer(Finished f, Delivery delivery) {
        ManageWishes command = f.command();
        String guild = Long.toString(f.guildId());
        switch (f.purpose()) {
            case SYNC -> outbox.reply(delivery, guild, command.interaction(), DiscordMessage.text(WishRenderer.synced(
                    f.expected(), f.synced(), f.withdrawn(), f.errors(), f.created(), f.expected() - f.answered())));
            case TOP -> outbox.reply(delivery, guild, command.interaction(), DiscordMessage.text(top(f.guildId(),
                    command.category(), command.page() == null ? 1 : command.page())));
            case SUMMARY -> outbox.reply(delivery, guild, command.interaction(), summary(f.guildId(),
                    f.startedAt()));
            case WEEKLY -> {
                Long channel = wishes.settings(f.guildId()).channelId();
                if (channel != null) {
                    outbox.appendAction(delivery, "weekly-summary", new SendChannelMessage(guild,
                            Long.toString(channel), summary(f.guildId(), f.startedAt())));
                }
            }
        }
    }

    String top(long guildId, String category, int page) {
        return WishRenderer.top(category, wishes.top(guildId, category, page, WishRenderer.PAGE), page,
                wishes.countOpen(guildId, category), WishRules.needed(membership.members(guildId),
                        wishes.settings(guildId).thresholdPercent()));
    }

    /** The week up to {@code at}: top open wishes per category, posted and granted since a week before it. */
    DiscordMessage summary(long guildId, Instant at) {
        Instant end = at;
        List<String> categories = wishes.settings(guildId).categories();
        Map<String, List<Wish>> tops = new LinkedHashMap<>();
        categories.forEach(c -> tops.put(c, wishes.top(guildId, c, 1, SUMMARY_TOP)));
        Instant since = end.minus(WEEK);
        return WishRenderer.summary(categories, tops, wishes.postedSince(guildId, since),
                wishes.grantedSince(guildId, since));
    }
}
