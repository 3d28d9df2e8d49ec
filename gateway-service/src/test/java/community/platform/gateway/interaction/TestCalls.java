package community.platform.gateway.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Message;
import community.platform.contracts.Topic;
import community.platform.contracts.discord.InteractionRef;
import community.platform.gateway.interaction.Options.Kind;
import community.platform.gateway.interaction.Options.Option;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Interactions as the intake hands them to a command, built without Discord, and what a test expects back. */
public final class TestCalls {

    public static final String GUILD = "700000000000000001";
    public static final String MEMBER = "800000000000000001";
    public static final String OTHER = "800000000000000002";
    public static final String INTERACTION = "1310000000000000042";
    public static final String MESSAGE = "1320000000000000077";

    private TestCalls() {
    }

    /** A member with the given permissions (Discord's bits) and no roles. */
    public static Caller caller(long permissions) {
        return new Caller(GUILD, new InteractionRef("1300000000000000001", INTERACTION, "token", "1300000000000000100",
                MEMBER, "en-US", Instant.parse("2026-11-23T10:15:30Z"), null), List.of("900000000000000001"),
                permissions);
    }

    public static Caller caller() {
        return caller(0);
    }

    /** Options as name, kind, value triples. */
    public static Options options(Object... nameKindValue) {
        Map<String, Option> byName = new LinkedHashMap<>();
        for (int i = 0; i < nameKindValue.length; i += 3) {
            byName.put((String) nameKindValue[i], new Option((Kind) nameKindValue[i + 1], (String) nameKindValue[i + 2]));
        }
        return new Options(byName);
    }

    public static Calls.Slash slash(String name, String subcommand, Caller caller, Object... nameKindValue) {
        return new Calls.Slash(name, subcommand, options(nameKindValue), caller);
    }

    public static Calls.Slash slash(String name, String subcommand, Object... nameKindValue) {
        return slash(name, subcommand, caller(), nameKindValue);
    }

    public static Calls.Component click(String customId) {
        return new Calls.Component(customId, List.of(), caller());
    }

    /** Values picked in a select menu. */
    public static Calls.Component pick(String customId, String... values) {
        return new Calls.Component(customId, List.of(values), caller());
    }

    /** The command sent, checked to go to {@code topic} under {@code key} with {@code ack}. */
    public static <T extends Message> T sent(Outcome outcome, Topic topic, String key, Outcome.Ack ack,
                                             Class<T> type) {
        assertThat(outcome).isInstanceOf(Outcome.Send.class);
        Outcome.Send send = (Outcome.Send) outcome;
        assertThat(send.topic()).isEqualTo(topic);
        assertThat(send.key()).isEqualTo(key);
        assertThat(send.ack()).isEqualTo(ack);
        assertThat(send.command()).isInstanceOf(type);
        return type.cast(send.command());
    }

    /** The reason the member is told, checked that nothing is sent. */
    public static String refused(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refuse.class);
        return ((Outcome.Refuse) outcome).reason();
    }
}
