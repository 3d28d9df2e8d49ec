package community.platform.raid.plan;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.MemberPermissions;
import community.platform.contracts.raid.CancelAllRaids;
import community.platform.contracts.raid.RaidCancelled;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * {@code CancelAllRaids}: every open raid of the target guild cancelled ({@link RaidCloser}, reason ALL), by a member
 * who may manage that server (after the gateway's confirmation) or by one of the platform's operators from anywhere.
 */
@Component
class CancelAllRaidsHandler extends TypedHandler<CancelAllRaids> {

    private final RaidRepository raids;
    private final RaidCloser closer;
    private final RaidClock clock;
    private final OutboxWriter outbox;

    CancelAllRaidsHandler(RaidRepository raids, RaidCloser closer, RaidClock clock, OutboxWriter outbox) {
        super(Topics.RAID_COMMANDS, MessageCatalog.CANCEL_ALL_RAIDS);
        this.raids = raids;
        this.closer = closer;
        this.clock = clock;
        this.outbox = outbox;
    }

    @Override
    public void handle(CancelAllRaids command, Delivery delivery) {
        boolean own = command.guildId().equals(command.targetGuildId());
        if (!command.operator() && !(own && MemberPermissions.managesServer(Long.parseLong(command.permissions())))) {
            outbox.privately(delivery, command.guildId(), command.interaction(), own ? "⚠️ Only members who may manage"
                    + " the server cancel all raids." : "⚠️ Only the platform's operators act on another server.");
            return;
        }
        long by = Long.parseLong(command.interaction().userId());
        Instant at = clock.at(command.interaction(), delivery);
        int cancelled = 0;
        for (Raid open : raids.open(Long.parseLong(command.targetGuildId()))) {
            Raid r = raids.lock(open.raidId(), open.guildId()).orElseThrow();
            if (closer.close(r, false, RaidCancelled.Reason.ALL, by, at, delivery, "all-" + r.raidId() + "-")) {
                cancelled++;
            }
        }
        outbox.privately(delivery, command.guildId(), command.interaction(), "❌ Cancelled " + cancelled
                + (cancelled == 1 ? " open raid" : " open raids") + (own ? "." : " of server " + command.targetGuildId()
                + "."));
    }
}
