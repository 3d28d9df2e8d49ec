package community.platform.raid.board;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Message;
import community.platform.contracts.MessageCodec;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.ActionPerformed;
import community.platform.contracts.discord.EditInteractionReply;
import community.platform.contracts.discord.InteractionRef;
import community.platform.contracts.discord.MessageDeleted;
import community.platform.contracts.discord.SendChannelMessage;
import community.platform.contracts.raid.PostRaidBoard;
import community.platform.raid.RaidServiceApplication;
import community.platform.testkit.Await;
import community.platform.testkit.CommandSender;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import community.platform.testkit.TopicTail;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The gateway reports a board's post ({@code ActionPerformed}, keyed by the action) and a message's deletion
 * ({@code MessageDeleted}, keyed by the message) under different keys, so the raid service may read the deletion
 * first: the board deleted before its post was reported is posted again all the same, and a deletion of another
 * message of the channel leaves the board alone.
 */
class BoardDeletedEarlyIT {

    static final Duration WAIT = Duration.ofSeconds(90);
    static final String ADMIN = "820000000000000001";
    static final String MANAGE_SERVER = Long.toString(1L << 5);
    static final Instant T0 = Instant.parse("2026-12-02T08:00:00Z");
    static final MessageCodec CODEC = new MessageCodec();
    static final AtomicLong IDS = new AtomicLong(1_340_000_000_000_000_000L);

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static RunningApp raid;
    static CommandSender sender;
    static TopicTail actions;

    @BeforeAll
    static void start() {
        raid = RunningApp.start(RaidServiceApplication.class, infra, List.of("--platform.service=raid"));
        sender = new CommandSender(infra.bootstrapServers());
        actions = new TopicTail(infra.bootstrapServers(), infra.topic(Topics.DISCORD_ACTIONS.name()));
    }

    @AfterAll
    static void stop() {
        actions.close();
        sender.close();
        raid.close();
    }

    record Post(String actionId, SendChannelMessage message) {
    }

    /** {@code /raidlist} run in the channel by an admin; returns its private answer. */
    static String raidList(String guild, String channel) {
        String id = Long.toString(IDS.incrementAndGet());
        InteractionRef ref = new InteractionRef("1300000000000000001", id, "token-" + id, channel, ADMIN, "en-US", T0,
                null);
        sender.send(infra.topic(Topics.RAID_COMMANDS.name()), guild + ":raids", new PostRaidBoard(guild,
                PostRaidBoard.Board.LIST, ref, MANAGE_SERVER));
        return actions.awaitUntil(all -> all.stream().map(BoardDeletedEarlyIT::decode).anyMatch(m -> answers(m, id)),
                WAIT).stream().map(BoardDeletedEarlyIT::decode).filter(m -> answers(m, id)).map(m ->
                ((EditInteractionReply) m).message().content()).findFirst().orElseThrow();
    }

    /** {@code /raidlist} in a channel without the list: its post asked for. */
    static Post listPosted(String guild, String channel) {
        assertThat(raidList(guild, channel)).contains("posted in <#" + channel + ">");
        Post first = posts(channel, 1).getFirst();
        assertThat(first.message().message().embeds().getFirst().title()).contains("Open raids");
        return first;
    }

    static boolean answers(Message m, String interaction) {
        return m instanceof EditInteractionReply e && e.interaction().interactionId().equals(interaction);
    }

    /** The raid list's posts in the channel so far, once there are {@code count}. */
    static List<Post> posts(String channel, int count) {
        return actions.awaitUntil(all -> posted(all, channel).size() >= count, WAIT).stream().filter(r ->
                decode(r) instanceof SendChannelMessage s && s.channelId().equals(channel)).map(r -> new Post(r.ceId(),
                (SendChannelMessage) decode(r))).toList();
    }

    static List<TopicTail.Received> posted(List<TopicTail.Received> all, String channel) {
        return all.stream().filter(r -> decode(r) instanceof SendChannelMessage s && s.channelId().equals(channel))
                .toList();
    }

    static Message decode(TopicTail.Received r) {
        return CODEC.decode(r.ceType(), r.value().getBytes(StandardCharsets.UTF_8));
    }

    static long listMessage(String guild) {
        try (var c = DriverManager.getConnection(infra.jdbcUrl(), "postgres", "postgres");
             var q = c.prepareStatement("select coalesce(list_message_id, 0) from raid.raid_guild where guild_id = ?")) {
            q.setLong(1, Long.parseLong(guild));
            try (var rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleted(String guild, String channel, String message) {
        sender.send(infra.topic(Topics.DISCORD_EVENTS.name()), message, new MessageDeleted(guild, channel, message,
                T0.plusSeconds(5)));
    }

    static void reported(String guild, Post post, String message) {
        sender.send(infra.topic(Topics.DISCORD_EVENTS.name()), post.actionId(), new ActionPerformed(guild,
                post.actionId(), "discord.SendChannelMessage.v1", "raid", "sent", T0.plusSeconds(6), message));
    }

    /**
     * The list posted in a channel of its own; a message of the channel ({@code deleted}) deleted, and only then the
     * post reported as {@code shown}. Returns the post.
     */
    static Post reportedAfterADeletion(String guild, String channel, String deleted, String shown) {
        Post first = listPosted(guild, channel);
        deleted(guild, channel, deleted);
        reported(guild, first, shown);
        return first;
    }

    @Test
    @DisplayName("GIVEN the raid list posted WHEN its message's deletion is read before the gateway's report of the "
            + "post THEN the list is posted again")
    void deletedBeforeTheReport() {
        String channel = "900000000000000011";
        String message = "910000000000000011";
        Post first = reportedAfterADeletion("700000000000000011", channel, message, message);
        Post again = posts(channel, 2).get(1);
        assertThat(again.actionId()).isNotEqualTo(first.actionId());
        assertThat(again.message()).isEqualTo(first.message());
    }

    @Test
    @DisplayName("GIVEN the raid list posted WHEN another message of its channel is deleted before the report of the "
            + "post THEN the list is kept: /raidlist there again finds it up to date")
    void anotherMessageDeletedBeforeTheReport() {
        String guild = "700000000000000012";
        String channel = "900000000000000012";
        reportedAfterADeletion(guild, channel, "910000000000000099", "910000000000000012");
        // the report and /raidlist come by different topics: the report read first
        Await.until("the list's message kept", WAIT, () -> listMessage(guild) == 910000000000000012L);
        assertThat(raidList(guild, channel)).contains("is up to date");
        assertThat(posts(channel, 1)).as("no post but the first").hasSize(1);
    }
}
