package community.platform.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.Topics;
import community.platform.contracts.probe.SendProbe;
import community.platform.testkit.Await;
import community.platform.testkit.CommandSender;
import community.platform.testkit.RealInfra;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scaling a service is a setting: two instances in one consumer group split the partitions of what it reads, and
 * when one stops the other takes them over, with no effect doubled or lost.
 */
class ConsumerScalingIT {

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    static final Duration WAIT = Duration.ofSeconds(90);
    static final String GUILD = "81384788765712384";
    static final int KEYS = 30;

    static String commands() {
        return infra.topic(Topics.commandsOf(RunningService.SERVICE).name());
    }

    /**
     * Who in the service's consumer group holds which partitions of its commands topic (the binder gives each topic of
     * a binding its own consumer: members reading only the other topic are left out).
     */
    static Map<String, Set<Integer>> assignment(Admin admin) {
        try {
            var group = admin.describeConsumerGroups(List.of(RunningService.SERVICE)).all().get()
                    .get(RunningService.SERVICE);
            Map<String, Set<Integer>> out = new HashMap<>();
            for (MemberDescription m : group.members()) {
                Set<Integer> partitions = m.assignment().topicPartitions().stream()
                        .filter(tp -> tp.topic().equals(commands())).map(TopicPartition::partition)
                        .collect(Collectors.toSet());
                if (!partitions.isEmpty()) {
                    out.put(m.consumerId(), partitions);
                }
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("cannot describe consumer group " + RunningService.SERVICE, e);
        }
    }

    static void send(CommandSender sender, int from, int to) {
        for (int i = from; i < to; i++) {
            String key = "scale-" + (i % KEYS);
            sender.send(commands(), key, new SendProbe(GUILD, key, i, Instant.now()));
        }
    }

    static boolean allEchoed(RunningService service, int probes) {
        Long total = service.jdbc().queryForObject("select coalesce(sum(echoes), 0) from pipeline_probe"
                + " where probe_id like 'scale-%'", Long.class);
        return total != null && total == probes;
    }

    @Test
    @DisplayName("two instances split the partitions; one stops, the other takes them all; every command has one effect")
    void twoInstancesShareThenOneTakesOver() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.bootstrapServers()));
             CommandSender sender = new CommandSender(infra.bootstrapServers());
             RunningService first = RunningService.start(infra)) {
            RunningService second = RunningService.start(infra);
            try {
                // GIVEN two instances of one service: the group gives each some of the six partitions
                Await.until("two members holding three partitions each", WAIT, () -> {
                    Map<String, Set<Integer>> a = assignment(admin);
                    return a.size() == 2 && a.values().stream().allMatch(p -> p.size() == 3);
                });
                // WHEN commands of 30 keys arrive THEN both handle their share, each command once
                send(sender, 0, 300);
                Await.until("300 commands handled once", WAIT, () -> allEchoed(first, 300));
            } finally {
                // WHEN one instance stops
                second.close();
            }
            // THEN the other holds all six partitions and handles what comes after, each command once
            Await.until("one member holding all six partitions", WAIT, () -> {
                Map<String, Set<Integer>> a = assignment(admin);
                return a.size() == 1 && a.values().iterator().next().equals(Set.of(0, 1, 2, 3, 4, 5));
            });
            send(sender, 300, 600);
            Await.until("600 commands handled once", WAIT, () -> allEchoed(first, 600));
            Await.holds("no command handled twice", Duration.ofSeconds(2), () -> allEchoed(first, 600));
            assertThat(first.jdbc().queryForObject("select count(*) from inbox where message_type"
                    + " = 'platform.SendProbe.v1'", Long.class)).isEqualTo(600);
        }
    }
}
