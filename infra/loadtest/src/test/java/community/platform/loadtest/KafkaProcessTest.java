package community.platform.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaProcessTest {

    @Test
    @DisplayName("GIVEN a benchmark's Kafka WHEN it is started THEN it is a process apart from the load generator, "
            + "keeps what it acknowledged across a restart on the same port, and is gone once closed")
    void aBrokerOfItsOwnJvm(@TempDir Path dir) throws Exception {
        ProcessHandle broker;
        try (KafkaProcess kafka = KafkaProcess.start(dir)) {
            broker = kafka.process();
            assertThat(broker.pid()).isNotEqualTo(ProcessHandle.current().pid());
            // its command line as the kernel has it (ProcessHandle.Info leaves out one as long as this classpath)
            assertThat(Files.readString(Path.of("/proc", String.valueOf(broker.pid()), "cmdline")).split("\0"))
                    .contains("-Xmx1g", "-XX:+UseG1GC");

            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
                producer.send(new ProducerRecord<>("probe", "member-1", "clicked")).get();
            }
            kafka.restart();

            assertThat(readAll(kafka.bootstrapServers())).containsExactly("member-1=clicked");
        }
        assertThat(broker.isAlive()).isFalse();
        assertThat(dir.resolve("KafkaBroker.log")).isNotEmptyFile();
    }

    private static List<String> readAll(String bootstrap) {
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of("probe"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    seen.add(record.key() + "=" + record.value());
                }
            }
        }
        return seen;
    }
}
