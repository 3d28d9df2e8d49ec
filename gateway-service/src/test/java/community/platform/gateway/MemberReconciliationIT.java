package community.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.MessageCodec;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.MembersListed;
import community.platform.contracts.scheduler.JobTicked;
import community.platform.discord.emulator.DiscordEmulator;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.testkit.CommandSender;
import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import community.platform.testkit.TopicTail;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The member list of a guild of 5,000 reconciled as Discord hands it out: GUILD_CREATE names only the bot and voice
 * members, the rest come from one all-members request in chunks of 1,000, and such a request is allowed once per
 * guild every 30 s (a second one would get a RATE_LIMITED dispatch, which JDA ignores: the listing would be lost).
 */
class MemberReconciliationIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final MessageCodec CODEC = new MessageCodec();

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    @Test
    @DisplayName("a guild of 5,000 people and a bot: the people listed whole on start; two reconciliation runs within 30 s make one more listing, after the limit, never a RATE_LIMITED")
    void fiveThousandMembers() {
        try (DiscordEmulator discord = DiscordEmulator.start();
             TopicTail events = new TopicTail(infra.bootstrapServers(), infra.topic(Topics.DISCORD_EVENTS.name()));
             CommandSender sender = new CommandSender(infra.bootstrapServers())) {
            GuildScript crowd = discord.createGuild("Crowd");
            for (int k = 0; k < 5000; k++) {
                crowd.member("member" + k);
            }
            var musicBot = crowd.botMember("music");
            String guildId = Long.toString(crowd.id());
            try (RunningApp gateway = RunningApp.start(GatewayServiceApplication.class, infra, List.of(
                    "--platform.service=gateway", "--gateway.discord.rest-url=" + discord.restUrl(),
                    "--gateway.discord.token=" + discord.token()))) {
                discord.awaitBot(WAIT);
                Map<String, List<MembersListed>> first = snapshots(events.awaitUntil(r -> complete(r, guildId) >= 1,
                        WAIT), guildId);
                List<MembersListed> listing = first.values().iterator().next();
                assertThat(listing).hasSize(6).allMatch(c -> c.chunks() == 6);
                Set<String> listed = listing.stream().flatMap(c -> c.userIds().stream()).collect(Collectors.toSet());
                // the people (the owner and 5,000 members): neither the bot itself nor another bot is listed
                List<String> people = crowd.memberIds().stream().filter(id -> id != musicBot.id()
                        && id != discord.botUserId()).map(String::valueOf).toList();
                assertThat(people).hasSize(5001);
                assertThat(listed).containsExactlyInAnyOrderElementsOf(people);

                for (int run = 0; run < 2; run++) {
                    sender.send(infra.topic(Topics.SCHEDULER_EVENTS.name()), guildId, new JobTicked(guildId,
                            "discord-reconciliation", "discord-reconciliation/" + guildId + "/" + run, Instant.now(),
                            Instant.now(), "manual"));
                }
                Map<String, List<MembersListed>> later = snapshots(events.awaitUntil(r -> complete(r, guildId) >= 2,
                        WAIT.plus(Duration.ofSeconds(31))), guildId);
                assertThat(later).hasSize(2);
                assertThat(discord.membersRequestsRateLimited()).isZero();
            }
        }
    }

    private static Map<String, List<MembersListed>> snapshots(List<TopicTail.Received> records, String guildId) {
        return records.stream().filter(r -> (guildId + ":members").equals(r.key()))
                .map(r -> (MembersListed) CODEC.decode(r.ceType(), r.value().getBytes(StandardCharsets.UTF_8)))
                .collect(Collectors.groupingBy(MembersListed::snapshotId));
    }

    /** How many listings have all their chunks. */
    private static long complete(List<TopicTail.Received> records, String guildId) {
        return snapshots(records, guildId).values().stream()
                .filter(chunks -> new HashSet<>(chunks.stream().map(MembersListed::chunk).toList()).size()
                        == chunks.get(0).chunks()).count();
    }
}
