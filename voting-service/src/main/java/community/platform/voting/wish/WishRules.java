package community.platform.voting.wish;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A guild's wish rules, pure: its categories, the votes a channel wish needs, and a granted channel's name. */
final class WishRules {

    static final String STAR = "🌟";
    /** The category whose wishes become channels when their votes reach the threshold. */
    static final String CHANNELS = "channels";
    static final List<String> DEFAULT_CATEGORIES = List.of("videos", "other", CHANNELS);
    static final int DEFAULT_THRESHOLD = 67;
    static final String MANAGERS_ONLY = "Only members who may manage the server may do that.";

    private WishRules() {
    }

    /**
     * The votes a channel wish needs: {@code percent} of the guild's human members, rounded up, at least one; empty
     * while the members were never listed (no base to take a share of).
     */
    static Optional<Integer> needed(Optional<Integer> humans, int percent) {
        return humans.filter(h -> h > 0).map(h -> Math.max(1, (int) Math.ceil(h * percent / 100.0)));
    }

    /** The guild's category a member typed, matched without regard to case; empty when it has none of that name. */
    static Optional<String> category(List<String> categories, String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return categories.stream().filter(c -> c.equals(wanted)).findFirst();
    }

    /**
     * Discord's form of a text channel's name from a wish: lower case, letters and digits, words joined by dashes,
     * at most 100 characters; {@code wish-<n>} when nothing is left.
     */
    static String channelName(String text, int number) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String name = plain.replaceAll("[^a-z0-9_]+", "-").replaceAll("^-+|-+$", "");
        if (name.length() > 100) {
            name = name.substring(0, 100).replaceAll("-+$", "");
        }
        return name.isEmpty() ? "wish-" + number : name;
    }
}
