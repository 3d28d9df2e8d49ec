package community.platform.contracts.scheduler;

import community.platform.contracts.Message;
import java.time.Instant;

/**
 * One run of a recurring job, on {@code scheduler.events} keyed by the guild id (guild {@code 0}: platform-wide jobs
 * such as the nightly backup). The services that do the job's work consume it; {@code runId} (also the basis of the
 * {@code ce_id}) is the same if a run is repeated after a crash.
 *
 * @param scheduledFor when the run was due; a run missed while the scheduler was down runs once on start, late
 * @param trigger      {@code schedule} or {@code manual}
 */
public record JobTicked(String guildId, String job, String runId, Instant scheduledFor, Instant ranAt,
                        String trigger) implements Message {

    /** The guild id of jobs that concern the whole platform rather than one guild. */
    public static final String PLATFORM_GUILD = "0";
}
