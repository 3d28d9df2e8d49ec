package community.platform.raid.plan;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.raid.PlanRaid;
import community.platform.contracts.raid.RaidPlanned;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@code PlanRaid}: the raid is stored once (its id the form's interaction's) and shown as the form's public reply,
 * whose message the gateway reports (the raid edits it later without a click); {@code RaidPlanned} is published.
 */
@Component
class PlanRaidHandler extends TypedHandler<PlanRaid> {

    private final RaidRepository raids;
    private final RaidClock clock;
    private final OutboxWriter outbox;

    PlanRaidHandler(RaidRepository raids, RaidClock clock, OutboxWriter outbox) {
        super(Topics.RAID_COMMANDS, MessageCatalog.PLAN_RAID);
        this.raids = raids;
        this.clock = clock;
        this.outbox = outbox;
    }

    @Override
    public void handle(PlanRaid command, Delivery delivery) {
        long raidId = Long.parseLong(command.interaction().interactionId());
        if (raids.exists(raidId)) {
            return;
        }
        Instant at = clock.at(command.interaction(), delivery);
        UUID reply = delivery.derivedId("reply");
        Raid r = new Raid(raidId, Long.parseLong(command.guildId()), Long.parseLong(command.interaction().channelId()),
                null, reply, Long.parseLong(command.interaction().userId()), command.leaderName(), command.dungeon(),
                command.days(), command.times(), command.groupSize(), command.note(), Raid.Status.OPEN, at);
        raids.insert(r);
        if (!reply.equals(outbox.reply(delivery, command.guildId(), command.interaction(), RaidRenderer.raid(r,
                List.of()), true))) {
            throw new IllegalStateException("the reply's action id is derived from the delivery and 'reply'");
        }
        outbox.append(delivery.derivedId("raid-planned"), Topics.RAID_EVENTS, Long.toString(raidId), new RaidPlanned(
                command.guildId(), Long.toString(raidId), r.dungeon(), r.days(), r.times(), r.groupSize(),
                Long.toString(r.leaderId()), at));
    }
}
