package community.platform.runtime.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.Acknowledgment;

/** When a poll's offsets may be committed, with Kafka's acknowledgements played by the test. */
class PollAcknowledgementsTest {

    /** Kafka as the test plays it: every send is a future the test completes. */
    final List<ProducerRecord<String, byte[]>> sent = new CopyOnWriteArrayList<>();
    final List<CompletableFuture<Object>> sends = new CopyOnWriteArrayList<>();
    /** What a send does when it is made: pending (null), taken, or refused. */
    volatile Boolean answer;
    final List<String> acknowledged = new CopyOnWriteArrayList<>();
    final PollAcknowledgements acks = new PollAcknowledgements(record -> {
        sent.add(record);
        CompletableFuture<Object> f = new CompletableFuture<>();
        sends.add(f);
        if (Boolean.TRUE.equals(answer)) {
            f.complete(null);
        } else if (Boolean.FALSE.equals(answer)) {
            f.completeExceptionally(new IllegalStateException("Kafka away"));
        }
        return f;
    }, Duration.ofMillis(300), () -> { });

    Acknowledgment ack(String poll) {
        return () -> acknowledged.add(poll);
    }

    static ProducerRecord<String, byte[]> answer(String text) {
        return new ProducerRecord<>("discord.actions", "channel", text.getBytes());
    }

    @Test
    @DisplayName("GIVEN a poll that sent nothing WHEN it ends THEN it is acknowledged at once")
    void nothingSentAcknowledgedAtOnce() {
        acks.begin(ack("poll 1"), 10);
        acks.end();
        assertThat(acknowledged).containsExactly("poll 1");
        assertThat(acks.waiting()).isZero();
    }

    @Test
    @DisplayName("GIVEN a poll whose answer Kafka has not taken yet and a later poll that sent nothing WHEN Kafka takes the answer THEN both are acknowledged, the earlier first, and not before")
    void acknowledgedInOrderOnceKafkaTookTheAnswers() {
        acks.begin(ack("poll 1"), 10);
        acks.send(List.of(answer("profile")));
        acks.end();
        acks.begin(ack("poll 2"), 10);
        acks.end();
        assertThat(acknowledged).isEmpty();
        assertThat(acks.waiting()).isEqualTo(2);

        sends.getFirst().complete(null);

        assertThat(acknowledged).containsExactly("poll 1", "poll 2");
    }

    @Test
    @DisplayName("GIVEN two polls whose answers Kafka takes in the reverse order WHEN the later poll's is taken first THEN nothing is acknowledged until the earlier poll's is")
    void neverBeforeAnEarlierPoll() {
        acks.begin(ack("poll 1"), 10);
        acks.send(List.of(answer("page 1")));
        acks.end();
        acks.begin(ack("poll 2"), 10);
        acks.send(List.of(answer("page 2")));
        acks.end();

        sends.get(1).complete(null);
        assertThat(acknowledged).isEmpty();
        sends.get(0).complete(null);
        assertThat(acknowledged).containsExactly("poll 1", "poll 2");
    }

    @Test
    @DisplayName("GIVEN an answer Kafka refused WHEN the next poll begins THEN the same record is sent again before it, and the refused poll is acknowledged once Kafka takes it")
    void refusedAnswerSentAgainBeforeTheNextPoll() {
        acks.begin(ack("poll 1"), 10);
        acks.send(List.of(answer("leaderboard")));
        acks.end();
        sends.getFirst().completeExceptionally(new IllegalStateException("delivery timed out"));
        assertThat(acknowledged).isEmpty();

        answer = true;
        acks.begin(ack("poll 2"), 10);

        assertThat(sent).hasSize(2);
        assertThat(sent.get(1)).isSameAs(sent.get(0));
        assertThat(acknowledged).containsExactly("poll 1");
        acks.end();
        assertThat(acknowledged).containsExactly("poll 1", "poll 2");
    }

    @Test
    @DisplayName("GIVEN an answer Kafka refuses again WHEN the next poll begins THEN that poll fails as a passing failure and nothing is acknowledged")
    void refusedAgainIsAPassingFailure() {
        acks.begin(ack("poll 1"), 10);
        acks.send(List.of(answer("collection page")));
        acks.end();
        sends.getFirst().completeExceptionally(new IllegalStateException("delivery timed out"));

        answer = false;
        assertThatThrownBy(() -> acks.begin(ack("poll 2"), 10))
                .satisfies(e -> assertThat(InboundMessages.isTransient(e)).isTrue());
        assertThat(acknowledged).isEmpty();

        answer = true;
        acks.begin(ack("poll 2, again"), 10);
        acks.end();
        assertThat(acknowledged).containsExactly("poll 1", "poll 2, again");
    }

    @Test
    @DisplayName("GIVEN a poll that failed and will be handled again WHEN it is abandoned THEN its acknowledgement is never given and later polls are acknowledged")
    void failedPollNeverAcknowledged() {
        acks.begin(ack("failed poll"), 10);
        acks.send(List.of(answer("profile")));
        acks.abandon(false);
        acks.begin(ack("poll handled again"), 10);
        acks.end();

        assertThat(acknowledged).containsExactly("poll handled again");
        sends.getFirst().complete(null);
        assertThat(acknowledged).containsExactly("poll handled again");
    }

    @Test
    @DisplayName("GIVEN answers in flight WHEN a poll is abandoned before the error handler commits past it THEN it waits until Kafka took them, and the earlier polls are acknowledged")
    void abandonBeforeCommitsWaitsForKafka() throws Exception {
        acks.begin(ack("poll 1"), 10);
        acks.send(List.of(answer("profile")));
        acks.end();
        acks.begin(ack("poll with a poison record"), 10);
        acks.send(List.of(answer("team")));
        Thread kafka = Thread.ofPlatform().start(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            sends.forEach(f -> f.complete(null));
        });

        acks.abandon(true);

        assertThat(sends).allMatch(CompletableFuture::isDone);
        assertThat(acknowledged).containsExactly("poll 1");
        kafka.join();
    }

    @Test
    @DisplayName("GIVEN answers Kafka does not take WHEN a poll is abandoned before the error handler commits past it THEN that is a passing failure: nothing is committed past them")
    void abandonWithoutKafkaIsAPassingFailure() {
        acks.begin(ack("poll with a poison record"), 10);
        acks.send(List.of(answer("team")));

        assertThatThrownBy(() -> acks.abandon(true))
                .satisfies(e -> assertThat(InboundMessages.isTransient(e)).isTrue());
        assertThat(acknowledged).isEmpty();
    }

    @Test
    @DisplayName("GIVEN as many records waiting for Kafka as a lane holds WHEN another poll begins THEN it waits, and fails as a passing failure when Kafka never answers")
    void tooManyRecordsWaiting() {
        for (int i = 0; i < PollAcknowledgements.MAX_RECORDS_WAITING / 5_000; i++) {
            acks.begin(ack("poll " + i), 5_000);
            acks.send(List.of(answer("read " + i)));
            acks.end();
        }
        assertThatThrownBy(() -> acks.begin(ack("one more"), 10))
                .satisfies(e -> assertThat(InboundMessages.isTransient(e)).isTrue());

        sends.getFirst().complete(null);
        acks.begin(ack("one more"), 10);
        acks.end();
        assertThat(acknowledged).containsExactly("poll 0");
    }

    @Test
    @DisplayName("GIVEN no poll on this thread (a handler called in a test's or a timer's transaction) WHEN answers are sent THEN they are waited for, and a refusal is a passing failure")
    void outsideAPollSentAndWaitedFor() {
        answer = true;
        acks.send(List.of(answer("profile")));
        assertThat(sends).hasSize(1).allMatch(CompletableFuture::isDone);

        answer = false;
        assertThatThrownBy(() -> acks.send(List.of(answer("profile"))))
                .satisfies(e -> assertThat(InboundMessages.isTransient(e)).isTrue());
    }

    @Test
    @DisplayName("GIVEN a poll whose answers Kafka takes on its own thread WHEN they are all taken THEN the poll is acknowledged from that thread, once")
    void acknowledgedFromKafkasThreadOnce() throws Exception {
        acks.begin(ack("poll 1"), 10);
        acks.send(new ArrayList<>(List.of(answer("a"), answer("b"), answer("c"))));
        acks.end();
        Thread kafka = Thread.ofPlatform().start(() -> sends.forEach(f -> f.complete(null)));
        kafka.join();
        assertThat(acknowledged).containsExactly("poll 1");
    }
}
