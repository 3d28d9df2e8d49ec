package community.platform.runtime.probe;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.probe.ProbeEchoed;
import community.platform.contracts.probe.SendProbe;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pipeline probe of every service: a {@link SendProbe} on {@code <service>.commands} counts once in
 * {@code pipeline_probe} and answers {@link ProbeEchoed} on {@code <service>.events}, through the outbox and the relay.
 * It exercises the whole backbone with the service's real consumer, database, relay and topics.
 */
public final class ProbeHandler extends TypedHandler<SendProbe> {

    private final String service;
    private final JdbcTemplate jdbc;
    private final OutboxWriter outbox;
    private final Clock clock;

    public ProbeHandler(String service, JdbcTemplate jdbc, OutboxWriter outbox, Clock clock) {
        super(Topics.commandsOf(service), MessageCatalog.SEND_PROBE);
        this.service = service;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void handle(SendProbe probe, Delivery delivery) {
        var now = clock.instant();
        Long echoes = jdbc.queryForObject("""
                insert into pipeline_probe (guild_id, probe_id, echoes, last_sequence, updated_at)
                values (?, ?, 1, ?, ?)
                on conflict (guild_id, probe_id) do update
                   set echoes = pipeline_probe.echoes + 1,
                       last_sequence = excluded.last_sequence,
                       updated_at = excluded.updated_at
                returning echoes""", Long.class,
                probe.guildId(), probe.probeId(), probe.sequence(), Timestamp.from(now));
        outbox.append(delivery.derivedId("echoed"), Topics.eventsOf(service), probe.probeId(),
                new ProbeEchoed(probe.guildId(), probe.probeId(), probe.sequence(), echoes, probe.sentAt(), now));
    }
}
