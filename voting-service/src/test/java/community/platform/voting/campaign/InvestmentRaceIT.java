package community.platform.voting.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import community.platform.testkit.RealInfra;
import community.platform.testkit.RunningApp;
import community.platform.voting.VotingServiceApplication;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The budget's check-and-decrement on real PostgreSQL, from many transactions at once (as several voting replicas, or
 * several partitions handled side by side, would run them): never below zero, every token accounted for.
 */
class InvestmentRaceIT {

    @RegisterExtension
    static final RealInfra infra = new RealInfra();

    @Test
    @DisplayName("GIVEN a budget of 10 WHEN 16 transactions invest 7 at the same instant THEN exactly one succeeds, the rest change nothing, 3 are left; then 3 of 1 token each out of 8 tries")
    void neverOverdraws() throws Exception {
        try (RunningApp app = RunningApp.start(VotingServiceApplication.class, infra,
                List.of("--platform.service=voting"))) {
            CampaignRepository campaigns = app.bean(CampaignRepository.class);
            TransactionTemplate tx = app.bean(TransactionTemplate.class);
            long campaign = 4242;
            tx.executeWithoutResult(s -> campaigns.insert(new Campaign(campaign, 1, 1, 2, "Race", 1, 1, 10, false, 3, 0,
                    false, null), Instant.now()));

            List<OptionalInt> sevens = race(tx, campaigns, campaign, 16, 7);
            assertThat(sevens).filteredOn(OptionalInt::isPresent).containsExactly(OptionalInt.of(3));
            List<OptionalInt> ones = race(tx, campaigns, campaign, 8, 1);
            assertThat(ones).filteredOn(OptionalInt::isPresent).hasSize(3);
            Integer left = tx.execute(s -> campaigns.remaining(campaign, 77, 10));
            assertThat(left).isZero();
        }
    }

    /** {@code tries} transactions, released together, each spending {@code tokens} of member 77's budget of 10. */
    static List<OptionalInt> race(TransactionTemplate tx, CampaignRepository campaigns, long campaign, int tries,
                                  int tokens) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tries);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<OptionalInt>> results = new ArrayList<>();
            for (int i = 0; i < tries; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return tx.execute(s -> campaigns.spend(campaign, 77, 10, tokens));
                }));
            }
            go.countDown();
            List<OptionalInt> out = new ArrayList<>();
            for (Future<OptionalInt> f : results) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
