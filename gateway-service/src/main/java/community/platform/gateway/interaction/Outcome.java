package community.platform.gateway.interaction;

import community.platform.contracts.Message;
import community.platform.contracts.Topic;
import community.platform.contracts.discord.CustomId;
import java.util.Optional;
import java.util.function.Function;
import net.dv8tion.jda.api.modals.Modal;

/** What the gateway does with one interaction. */
public sealed interface Outcome {

    /** How Discord is told the command was taken. */
    enum Ack {
        /** a public "thinking..." reply the service edits */
        REPLY,
        /** a "thinking..." reply only the member sees */
        EPHEMERAL_REPLY,
        /** nothing visible; the service edits the message the component is on */
        UPDATE
    }

    /** Record the command, then acknowledge. */
    record Send(Topic topic, String key, Message command, Ack ack) implements Outcome {
    }

    /** Open a form; its submission is another interaction. */
    record OpenForm(Modal modal) implements Outcome {
    }

    /** Answer at once, only to the member, and change nothing. */
    record Refuse(String reason) implements Outcome {
    }

    /** Tell the member, at once and privately, what the gateway knows itself (help); nothing is recorded. */
    record Tell(String text) implements Outcome {
    }

    static Outcome send(Topic topic, String key, Message command, Ack ack) {
        return new Send(topic, key, command, ack);
    }

    static Outcome refuse(String reason) {
        return new Refuse(reason);
    }

    static Outcome tell(String text) {
        return new Tell(text);
    }

    /** A component's typed id, when it parsed: what it does; when not: the one refusal every component gives. */
    static <T> Outcome ifRecognised(Optional<T> id, Function<T, Outcome> then) {
        return id.map(then).orElseGet(() -> refuse(CustomId.NOT_RECOGNISED));
    }
}
