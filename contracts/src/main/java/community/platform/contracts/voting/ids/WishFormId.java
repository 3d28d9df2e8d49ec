package community.platform.contracts.voting.ids;

import community.platform.contracts.discord.CustomId;
import java.util.Optional;

/**
 * The form {@code /wish} opens when no text was given (long wishes): {@code voting:wish:<category>}; its one field is
 * {@link #TEXT}.
 */
public record WishFormId(String category) implements CustomId {

    public static final String PREFIX = "voting:wish";
    public static final String TEXT = "text";

    @Override
    public String format() {
        return PREFIX + ":" + category;
    }

    public static Optional<WishFormId> parse(String id) {
        if (id == null || !id.startsWith(PREFIX + ":")) {
            return Optional.empty();
        }
        String category = id.substring(PREFIX.length() + 1);
        return category.matches("[a-z0-9_-]{1,32}") ? Optional.of(new WishFormId(category)) : Optional.empty();
    }
}
