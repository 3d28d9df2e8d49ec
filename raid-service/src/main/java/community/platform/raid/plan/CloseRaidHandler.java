package community.platform.raid.plan;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.MemberPermissions;
import community.platform.contracts.raid.CloseRaid;
import community.platform.contracts.raid.RaidCancelled;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code CloseRaid} (the Finish and Cancel buttons, {@code /raid_finish raid:<number>}): the raid's leader or a member
 * who may manage the server finishes it or cancels it, ONCE ({@link RaidCloser}); the other of two finishers at the
 * same instant is told it is finished already.
 */
@Component
class CloseRaidHandler extends TypedHandler<CloseRaid> {

    private final RaidRepository raids;
    private final RaidCloser closer;
    private final RaidClock clock;
    private final OutboxWriter outbox;

    CloseRaidHandler(RaidRepository raids, RaidCloser closer, RaidClock clock, OutboxWriter outbox) {
        super(Topics.RAID_COMMANDS, MessageCatalog.CLOSE_RAID);
        this.raids = raids;
        this.closer = closer;
        this.clock = clock;
        this.outbox = outbox;
    }

    @Override
    public void handle(CloseRaid command, Delivery delivery) {
        long guildId = Long.parseLong(command.guildId());
        Optional<Raid> found = command.raidId() != null ? raids.lock(Long.parseLong(command.raidId()), guildId)
                : raids.lockByNumber(guildId, command.raidNumber());
        if (found.isEmpty()) {
            outbox.privately(delivery, command.guildId(), command.interaction(), command.raidId() != null
                    ? RaidRenderer.NOT_IN_THIS_SERVER : "⚠️ This server has no Raid #" + command.raidNumber() + ".");
            return;
        }
        Raid r = found.get();
        boolean finish = command.action() == CloseRaid.Action.FINISH;
        long by = Long.parseLong(command.interaction().userId());
        if (by != r.leaderId() && !MemberPermissions.managesServer(Long.parseLong(command.permissions()))) {
            outbox.privately(delivery, command.guildId(), command.interaction(), "⚠️ Only the raid's leader or a"
                    + " member who may manage the server may " + (finish ? "finish" : "cancel") + " it.");
            return;
        }
        if (!closer.close(r, finish, RaidCancelled.Reason.LEADER, by, clock.at(command.interaction(), delivery),
                delivery, "")) {
            outbox.privately(delivery, command.guildId(), command.interaction(), "The raid on " + r.dungeon()
                    + " is " + (r.status() == Raid.Status.FINISHED ? "finished" : "closed") + " already.");
            return;
        }
        int present = RaidRoles.full(raids.votes(r.raidId())).size();
        outbox.privately(delivery, command.guildId(), command.interaction(), finish ? "✅ " + r.title()
                + " is finished: " + present + " present." : "❌ " + r.title() + " is cancelled.");
    }
}
