package community.platform.voting.wish;

import java.util.List;

/**
 * A guild's wish settings: the suggestions channel (null until an admin sets it), its categories, and the share of
 * its human members whose stars grant a channel wish.
 */
record WishSettings(Long channelId, List<String> categories, int thresholdPercent) {

    static final WishSettings DEFAULTS = new WishSettings(null, WishRules.DEFAULT_CATEGORIES,
            WishRules.DEFAULT_THRESHOLD);
}
