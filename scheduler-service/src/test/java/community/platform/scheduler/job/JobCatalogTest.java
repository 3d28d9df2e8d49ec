package community.platform.scheduler.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.runtime.messaging.RejectedMessage;
import community.platform.scheduler.config.SchedulerProperties;
import community.platform.scheduler.config.SchedulerProperties.Scope;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobCatalogTest {

    final JobCatalog catalog = new JobCatalog(new SchedulerProperties(null, Map.of(
            "backup", new SchedulerProperties.Job("0 0 3 * * *", Scope.PLATFORM),
            "weekly-summary", new SchedulerProperties.Job("0 0 18 * * SUN", Scope.GUILD))));

    @Test
    void nextRunFollowsTheCronInTheGuildsZone() {
        Instant after = Instant.parse("2026-11-23T12:00:00Z"); // a Monday
        assertThat(JobCatalog.next("0 0 18 * * SUN", null, after)).contains(Instant.parse("2026-11-29T18:00:00Z"));
        assertThat(JobCatalog.next("0 0 18 * * SUN", "Europe/Paris", after))
                .contains(Instant.parse("2026-11-29T17:00:00Z"));
    }

    @Test
    void aRunMissedForManyPeriodsIsFollowedByTheNextFromNowNotACatchUp() {
        // down from 02:00 to 05:10 on three nights: the next run after the late one is tomorrow 03:00, once
        Instant now = Instant.parse("2026-11-26T05:10:00Z");
        assertThat(JobCatalog.next("0 0 3 * * *", null, now)).contains(Instant.parse("2026-11-27T03:00:00Z"));
    }

    @Test
    void jobsAreAddressedToTheirScope() {
        assertThat(catalog.require("backup", "0").scope()).isEqualTo(Scope.PLATFORM);
        assertThat(catalog.require("weekly-summary", "42").scope()).isEqualTo(Scope.GUILD);
        assertThatThrownBy(() -> catalog.require("backup", "42")).isInstanceOf(RejectedMessage.class)
                .hasMessageContaining("guild 0");
        assertThatThrownBy(() -> catalog.require("weekly-summary", "0")).isInstanceOf(RejectedMessage.class);
        assertThatThrownBy(() -> catalog.require("nope", "42")).isInstanceOf(RejectedMessage.class)
                .hasMessageContaining("unknown job 'nope'");
    }

    @Test
    void badSchedulesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> JobCatalog.validate("every day", null)).isInstanceOf(RejectedMessage.class)
                .hasMessageContaining("six fields");
        assertThatThrownBy(() -> JobCatalog.validate(null, "Mars/Olympus")).isInstanceOf(RejectedMessage.class)
                .hasMessageContaining("IANA");
        assertThatThrownBy(() -> new JobCatalog(new SchedulerProperties(null, Map.of(
                "x", new SchedulerProperties.Job("61 * * * * *", Scope.GUILD))))).hasMessageContaining("scheduler.jobs.x.cron");
    }

    @Test
    void instanceIdsRoundTrip() {
        JobRef ref = new JobRef("stale-raid-sweep", "81384788765712384");
        assertThat(JobRef.parse(ref.instanceId())).isEqualTo(ref);
    }
}
