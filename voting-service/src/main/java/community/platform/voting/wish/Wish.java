package community.platform.voting.wish;

import java.time.Instant;
import java.util.UUID;

/** A member's wish, numbered per guild, and where its votes stand. */
record Wish(long wishId, long guildId, int number, String category, String text, long authorId, String authorName,
            long channelId, UUID postActionId, Long messageId, Status status, int votes, String reason,
            UUID channelActionId, Long createdChannelId, Instant postedAt, Instant decidedAt) {

    enum Status { OPEN, GRANTED, DECLINED, WITHDRAWN }

    String name() {
        return "Wish #" + number;
    }

    boolean channelWish() {
        return WishRules.CHANNELS.equals(category);
    }
}
