package community.platform.gateway.interaction;

import java.util.List;
import java.util.Map;

/**
 * An interaction as a {@link GatewayCommand} sees it: plain values built from JDA's objects by the
 * {@link InteractionIntake}, so a translation is pure and tested without Discord.
 */
public final class Calls {

    private Calls() {
    }

    /** A slash command (and its subcommand, if any). */
    public record Slash(String name, String subcommand, Options options, Caller caller) {
    }

    /** A button or select: its custom id, the picked values of a select. */
    public record Component(String customId, List<String> values, Caller caller) {
    }

    /** A submitted form: its custom id and the text of each field. */
    public record Form(String formId, Map<String, String> fields, Caller caller) {
    }

    /**
     * A message command on a message: the message, its author, whether the author is a bot or Discord, and the name
     * the server shows for the author.
     */
    public record OnMessage(String name, String messageId, String authorId, boolean authorIsBot, Caller caller,
                            String authorName) {
        public OnMessage(String name, String messageId, String authorId, boolean authorIsBot, Caller caller) {
            this(name, messageId, authorId, authorIsBot, caller, null);
        }
    }
}
