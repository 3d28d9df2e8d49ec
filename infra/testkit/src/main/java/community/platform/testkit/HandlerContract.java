package community.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.GoldenExamples;
import community.platform.contracts.GoldenExamples.Example;
import community.platform.contracts.MessageCodec;
import community.platform.contracts.MessageType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import community.platform.contracts.MessageCatalog;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * A service's consumer contract on a real database: every golden example (old versions included) of every message
 * type its handlers take is sent to the handler's topic exactly as a producer would have when the examples were
 * written ({@link GoldenExamples#WRITTEN_AT}), keyed by its guild; each must be handled (its id in the service's
 * inbox) and none dead-lettered.
 */
public final class HandlerContract {

    private static final MessageCodec CODEC = new MessageCodec();
    private static final Duration LIMIT = Duration.ofSeconds(90);

    private HandlerContract() {
    }

    /** The type strings of message types, to compare with what was fed. */
    public static String[] types(MessageType<?>... types) {
        return Stream.of(types).map(MessageType::type).toArray(String[]::new);
    }

    /**
     * @param app     the service, running on {@code infra}
     * @param handled what it consumes: each topic (as named on Kafka) with the message types its handlers take (the
     *                service's {@code InboundMessages.handledTypes()})
     * @return the number of examples fed, by type
     */
    public static Map<String, Integer> everyGoldenExampleIsHandled(RealInfra infra, RunningApp app,
                                                                   Map<String, Set<String>> handled) {
        DataSource db = app.bean(DataSource.class);
        Predicate<String> inInbox = id -> {
            try (Connection c = db.getConnection();
                 PreparedStatement ps = c.prepareStatement("select count(*) from inbox where message_id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getLong(1) == 1;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(handled).as("the service's handlers").isNotEmpty();
        Map<String, Integer> fed = new LinkedHashMap<>();
        Map<String, TopicTail> deadLetters = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        try (CommandSender sender = new CommandSender(infra.bootstrapServers())) {
            for (var e : handled.entrySet()) {
                String topic = e.getKey();
                deadLetters.computeIfAbsent(topic, t -> new TopicTail(infra.bootstrapServers(), t + ".dlt"));
                for (String type : e.getValue()) {
                    List<Example> examples = GoldenExamples.of(MessageCatalog.byType(type).orElseThrow());
                    assertThat(examples).as("golden examples of " + type).isNotEmpty();
                    feed(sender, topic, examples, ids);
                    fed.put(type, examples.size());
                }
            }
            Await.until("every golden example handled (in the inbox)", LIMIT,
                    () -> ids.stream().allMatch(inInbox));
            for (var tail : deadLetters.entrySet()) {
                assertThat(tail.getValue().drain(Duration.ofSeconds(1))).as("dead letters on " + tail.getKey())
                        .isEmpty();
            }
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; not handled: " + new TreeSet<>(ids.stream()
                    .filter(inInbox.negate()).toList()), e);
        } finally {
            deadLetters.values().forEach(TopicTail::close);
        }
        return fed;
    }

    private static void feed(CommandSender sender, String topic, List<Example> examples, List<String> ids) {
        for (Example example : examples) {
            String guild = CODEC.mapper().readTree(example.json()).path("guildId").asString("0");
            String id = "contract-" + example + "-" + UUID.randomUUID();
            CommandSender.await(sender.sendRaw(topic, guild, id, example.type().type(),
                    example.json().getBytes(StandardCharsets.UTF_8), GoldenExamples.WRITTEN_AT));
            ids.add(id);
        }
    }
}
