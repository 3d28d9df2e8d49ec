package community.platform.raid.plan;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.EditChannelMessage;
import community.platform.contracts.discord.MemberPermissions;
import community.platform.contracts.raid.CloseRaid;
import community.platform.contracts.raid.RaidCancelled;
import community.platform.contracts.raid.RaidFinished;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code CloseRaid}: the raid's leader or a member who may manage the server finishes it (the attendance: every member
 * who voted a day and a time is present, their counter +1) or cancels it, ONCE: the close is a conditional update, so
 * two finishes at the same instant make one snapshot; the other is told it is finished already. The message shows it
 * closed, without its selects and buttons.
 */
@Component
class CloseRaidHandler extends TypedHandler<CloseRaid> {

    private final RaidRepository raids;
    private final RaidClock clock;
    private final OutboxWriter outbox;

    CloseRaidHandler(RaidRepository raids, RaidClock clock, OutboxWriter outbox) {
        super(Topics.RAID_COMMANDS, MessageCatalog.CLOSE_RAID);
        this.raids = raids;
        this.clock = clock;
        this.outbox = outbox;
    }

    @Override
    public void handle(CloseRaid command, Delivery delivery) {
        Optional<Raid> found = raids.lock(Long.parseLong(command.raidId()), Long.parseLong(command.guildId()));
        if (found.isEmpty()) {
            outbox.privately(delivery, command.guildId(), command.interaction(), RaidRenderer.NOT_IN_THIS_SERVER);
            return;
        }
        Raid r = found.get();
        long by = Long.parseLong(command.interaction().userId());
        if (by != r.leaderId() && !MemberPermissions.managesServer(Long.parseLong(command.permissions()))) {
            outbox.privately(delivery, command.guildId(), command.interaction(), "⚠️ Only the raid's leader or a"
                    + " member who may manage the server may " + (command.action() == CloseRaid.Action.FINISH
                    ? "finish" : "cancel") + " it.");
            return;
        }
        boolean finish = command.action() == CloseRaid.Action.FINISH;
        Instant at = clock.at(command.interaction(), delivery);
        if (!raids.close(r.raidId(), finish ? Raid.Status.FINISHED : Raid.Status.CANCELLED, by, at)) {
            outbox.privately(delivery, command.guildId(), command.interaction(), "The raid on " + r.dungeon()
                    + " is " + (r.status() == Raid.Status.FINISHED ? "finished" : "cancelled") + " already.");
            return;
        }
        List<Vote> votes = raids.votes(r.raidId());
        List<Long> present = votes.stream().filter(Vote::full).map(Vote::memberId).toList();
        if (finish) {
            raids.attended(r, present);
            outbox.append(delivery.derivedId("raid-finished"), Topics.RAID_EVENTS, command.raidId(), new RaidFinished(
                    command.guildId(), command.raidId(), present.stream().map(String::valueOf).toList(),
                    Long.toString(by), at));
        } else {
            outbox.append(delivery.derivedId("raid-cancelled"), Topics.RAID_EVENTS, command.raidId(),
                    new RaidCancelled(command.guildId(), command.raidId(), Long.toString(by), at));
        }
        Raid closed = raids.lock(r.raidId(), r.guildId()).orElseThrow();
        String message = r.messageId() != null ? Long.toString(r.messageId()) : command.interaction().messageId();
        if (message != null) {
            outbox.appendAction(delivery, "raid-closed", new EditChannelMessage(command.guildId(),
                    Long.toString(r.channelId()), message, RaidRenderer.raid(closed, votes)));
        }
        outbox.privately(delivery, command.guildId(), command.interaction(), finish ? "✅ The raid on " + r.dungeon()
                + " is finished: " + present.size() + " present." : "❌ The raid on " + r.dungeon() + " is cancelled.");
    }
}
