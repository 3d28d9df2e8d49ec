package community.platform.contracts.discord;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The custom id of a button, select or form, as a typed record: the service that renders the component writes it with
 * {@link #format()}, the gateway reads it back with the record's {@code parse}. Every id is {@code <owner>:<verb>:...},
 * at most {@value #MAX_LENGTH} characters (Discord's limit), and names the entity it acts on, so a component works
 * after any restart.
 */
public interface CustomId {

    /** Discord's limit for a custom id. */
    int MAX_LENGTH = 100;

    /** What a member is told, everywhere, when an id is malformed, outdated or not the platform's. */
    String NOT_RECOGNISED = "This button is not recognised.";

    Pattern SNOWFLAKE = Pattern.compile("[0-9]{1,20}");

    String format();

    /** The parts of an id of the given prefix, or empty when it is another one. */
    static Optional<List<String>> parts(String id, String prefix, int count) {
        if (id == null || id.length() > MAX_LENGTH || !id.startsWith(prefix + ':')) {
            return Optional.empty();
        }
        List<String> parts = List.of(id.split(":", -1));
        return parts.size() == count ? Optional.of(parts) : Optional.empty();
    }

    /** Refuses an id over Discord's limit: the service would render a component Discord rejects. */
    static String checked(String id) {
        if (id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("custom id of " + id.length() + " characters (over " + MAX_LENGTH
                    + "): " + id);
        }
        return id;
    }

    static boolean snowflake(String s) {
        return s != null && SNOWFLAKE.matcher(s).matches();
    }
}
