package community.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.MessageCodec;
import community.platform.contracts.discord.EditInteractionReply;
import community.platform.contracts.discord.InteractionRef;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.UUID;

/**
 * A service's answers to members' interactions as read from {@code discord.actions} ({@link TopicTail}), and where
 * they came from: for the tests of reads answered straight, without the outbox.
 */
public final class InteractionAnswers {

    private static final MessageCodec CODEC = new MessageCodec();
    private static final String REPLY = "discord.EditInteractionReply.v1";

    private InteractionAnswers() {
    }

    /** The replies to {@code click} among {@code all}, in the order they came. */
    public static List<TopicTail.Received> to(List<TopicTail.Received> all, InteractionRef click) {
        return all.stream().filter(r -> r.ceType().equals(REPLY))
                .filter(r -> decode(r).interaction().interactionId().equals(click.interactionId())).toList();
    }

    public static EditInteractionReply decode(TopicTail.Received r) {
        return (EditInteractionReply) CODEC.decode(r.ceType(), r.value().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Asserts that {@code answer} is the record the relay would have sent for {@code service} with {@code id} (the id
     * its outbox gives the reply: the platform's {@code Delivery.derivedId("reply")}), and that {@code outboxRows}
     * rows of the service's outbox carry that id: 0 for a read answered straight, 1 for an answer through the outbox.
     */
    public static void assertAnswered(RealInfra infra, String service, UUID id, TopicTail.Received answer,
                                      long outboxRows) throws Exception {
        assertThat(answer.ceId()).isEqualTo(id.toString());
        assertThat(answer.ceType()).isEqualTo(REPLY);
        assertThat(answer.header("ce_source")).isEqualTo("/" + service);
        try (Connection c = DriverManager.getConnection(infra.jdbcUrl(), "postgres", "postgres")) {
            assertThat(TableDump.single(c, "select count(*) from " + service + ".outbox where id = '" + id + "'"))
                    .as("rows of %s's outbox with the answer's id", service).isEqualTo(outboxRows);
        }
    }
}
