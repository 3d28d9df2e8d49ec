package community.platform.gateway.action;

import community.platform.contracts.discord.DiscordAction;
import community.platform.gateway.GatewayProperties;
import community.platform.runtime.messaging.ConsumerHealth;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One action of a lane performed to its end ({@link ActionConsumer} decides which and in what order): attempted until
 * Discord does it, refuses it for good, or a passing failure outlasts {@code gateway.actions.max-attempts}; what Discord
 * did or refused is recorded once ({@link PerformedActions}), the database away being waited out, so nothing is
 * performed twice and nothing done is forgotten. Times the Discord call and the whole way from the action's writing to
 * its record ({@link LaneMeters}).
 */
final class ActionAttempts {

    private static final Logger log = LoggerFactory.getLogger(ActionAttempts.class);
    private static final Duration RETRY_MIN = Duration.ofSeconds(1);
    private static final Duration RETRY_MAX = Duration.ofSeconds(10);

    private final ActionPerformer performer;
    private final PerformedActions performed;
    private final GatewayProperties.Actions settings;
    private final ConsumerHealth health;
    private final LaneMeters meters;
    private final BooleanSupplier stopping;

    /** @param stopping whether the lane is stopping: a failing action is then left to be delivered again */
    ActionAttempts(ActionPerformer performer, PerformedActions performed, GatewayProperties.Actions settings,
                   ConsumerHealth health, LaneMeters meters, BooleanSupplier stopping) {
        this.performer = performer;
        this.performed = performed;
        this.settings = settings;
        this.health = health;
        this.meters = meters;
        this.stopping = stopping;
    }

    /**
     * Performs the action and records what came of it.
     *
     * @return why it goes to the dead-letter topic instead (its passing failures outlasted the attempts), or nothing
     * when it was performed or refused for good (both recorded)
     */
    Optional<String> perform(DiscordAction action, UUID actionId, String type, PerformedActions.Done done,
                             Instant written) {
        awaitDiscord();
        for (int attempt = 1; ; attempt++) {
            try {
                ActionPerformer.Performed outcome = meters.call().record(() -> performer.perform(action, actionId));
                untilDatabaseAnswers(() -> {
                    performed.performed(done, outcome, action.reportsOutcome());
                    return null;
                });
                meters.done(written);
                meters.count(type, "performed");
                return Optional.empty();
            } catch (ActionFailed failed) {
                ActionFailed e = failed.passing && attempt >= settings.maxAttempts()
                        ? failed.lasting().orElse(failed) : failed;
                if (!e.passing) {
                    log.warn("Discord action {} ({}) of {} refused: {}", actionId, type, done.requester(),
                            e.getMessage());
                    untilDatabaseAnswers(() -> {
                        performed.refused(done, e.code, e.getMessage(), e.missingPermission);
                        return null;
                    });
                    meters.count(type, "refused");
                    return Optional.empty();
                }
                if (stopping.getAsBoolean()) {
                    throw new IllegalStateException("stopping: the poll is left to be delivered again", e);
                }
                if (attempt >= settings.maxAttempts()) {
                    return Optional.of("gave up after " + attempt + " attempts: " + e.getMessage());
                }
                pause(Duration.ofMillis(Math.min(10_000, 250L << attempt)));
            }
        }
    }

    /**
     * Runs a step that needs the database until it answers: while it is away the consumer reports itself failing
     * (readiness turns OUT_OF_SERVICE after {@code gateway.actions.unhealthy-after}) and nothing is performed twice.
     */
    <T> T untilDatabaseAnswers(Supplier<T> step) {
        Duration backoff = RETRY_MIN;
        while (true) {
            try {
                T result = step.get();
                health.ok();
                return result;
            } catch (org.springframework.dao.DataAccessException
                     | org.springframework.transaction.TransactionException e) {
                health.failed(e);
                log.warn("Discord actions: the database did not answer ({}); trying again in {}", e.toString(),
                        backoff);
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(RETRY_MAX) > 0 ? RETRY_MAX : backoff.multipliedBy(2);
            }
        }
    }

    /** Actions wait for the Discord session to be ready, so that they find their guilds and channels. */
    private void awaitDiscord() {
        try {
            performer.awaitReady();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped while waiting for Discord", e);
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped", e);
        }
    }
}
