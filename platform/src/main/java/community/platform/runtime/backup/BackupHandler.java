package community.platform.runtime.backup;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.scheduler.JobTicked;
import community.platform.runtime.config.PlatformProperties;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every service's part of the nightly backup: a {@code backup} run of the scheduler ({@link JobTicked} on
 * {@code scheduler.events}, from the schedule or an admin's {@code RunJobNow}) makes it snapshot its own schema and
 * keep the newest {@code platform.backup.keep}. The snapshot id derives from the run, so a redelivered or repeated run
 * finds its snapshot already there.
 */
public final class BackupHandler extends TypedHandler<JobTicked> {

    public static final String JOB = "backup";

    private static final Logger log = LoggerFactory.getLogger(BackupHandler.class);
    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final PlatformProperties properties;
    private final DataSource dataSource;
    private final SchemaSnapshots snapshots;

    public BackupHandler(PlatformProperties properties, DataSource dataSource) {
        super(Topics.SCHEDULER_EVENTS, MessageCatalog.JOB_TICKED);
        this.properties = properties;
        this.dataSource = dataSource;
        this.snapshots = new SchemaSnapshots(properties.backup().location(), properties.service());
    }

    @Override
    public void handle(JobTicked tick, Delivery delivery) {
        if (!tick.job().equals(JOB) || !properties.backup().enabled()) {
            return;
        }
        Manifest m = snapshots.take(dataSource, properties.service(), properties.schema(), snapshotId(tick),
                tick.ranAt());
        var deleted = snapshots.prune(properties.backup().keep());
        log.info("backup {} of schema {}: {} tables, {} rows in {}; deleted {}", m.id(), m.schema(), m.tables().size(),
                m.tables().stream().mapToLong(Manifest.TableCopy::rows).sum(), snapshots.folderOf(m), deleted);
    }

    /** {@code <UTC time the run was due>-<8 hex of the run id>}: sorts by time, one per run. */
    static String snapshotId(JobTicked tick) {
        String run = UUID.nameUUIDFromBytes(tick.runId().getBytes(StandardCharsets.UTF_8)).toString();
        return ID_TIME.format(tick.scheduledFor()) + '-' + run.substring(0, 8);
    }
}
