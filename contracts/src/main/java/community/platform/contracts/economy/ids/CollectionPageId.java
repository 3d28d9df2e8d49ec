package community.platform.contracts.economy.ids;

import community.platform.contracts.discord.CustomId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A page button of a member's esprit collection:
 * {@code economy:page:collection:<memberId>:<page>:<rarity>:<element>:<name>} ({@code -} for a filter not set). The
 * name filter is cut to what fits Discord's 100 characters (at least 15 of it always does), and never holds {@code :}.
 */
public record CollectionPageId(String memberId, int page, String rarity, String element, String name)
        implements CustomId {

    public static final String PREFIX = "economy:page";
    /** A rarity or element key: the game data keeps them to 16 characters, so every filter fits Discord's limit. */
    public static final Pattern FILTER_KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,15}");

    public CollectionPageId {
        if (!CustomId.snowflake(memberId) || page < 1 || page > 99_999 || (rarity != null && !FILTER_KEY.matcher(rarity)
                .matches()) || (element != null && !FILTER_KEY.matcher(element).matches())) {
            throw new IllegalArgumentException("a page button needs a member id, a page from 1, and key filters");
        }
        name = name == null || name.isBlank() ? null : name.replace(":", "");
    }

    @Override
    public String format() {
        String head = PREFIX + ":collection:" + memberId + ':' + page + ':' + dash(rarity) + ':' + dash(element) + ':';
        String tail = dash(name);
        return CustomId.checked(head + tail.substring(0, Math.min(tail.length(), MAX_LENGTH - head.length())));
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }

    private static String undash(String s) {
        return s.equals("-") ? null : s;
    }

    public static Optional<CollectionPageId> parse(String id) {
        return CustomId.parts(id, PREFIX, 8).flatMap(p -> {
            if (!p.get(2).equals("collection") || !CustomId.snowflake(p.get(3)) || !p.get(4).matches("[0-9]{1,5}")) {
                return Optional.empty();
            }
            try {
                return Optional.of(new CollectionPageId(p.get(3), Integer.parseInt(p.get(4)), undash(p.get(5)),
                        undash(p.get(6)), undash(p.get(7))));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }
}
