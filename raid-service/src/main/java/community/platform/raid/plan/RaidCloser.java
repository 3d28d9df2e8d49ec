package community.platform.raid.plan;

import community.platform.contracts.Topics;
import community.platform.contracts.discord.EditChannelMessage;
import community.platform.contracts.raid.RaidCancelled;
import community.platform.contracts.raid.RaidFinished;
import community.platform.raid.board.Board;
import community.platform.raid.board.Boards;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.outbox.OutboxWriter;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Closes an open raid ONCE (a conditional update: two finishes at the same instant make one snapshot): finished, the
 * attendance is taken (every fully voted member present, their counter +1) and the roster changes; cancelled (by its
 * leader, with all raids, or stale), nothing is counted. Either way the message shows it closed without its
 * components, its role is deleted, the raid list changes and the event is published.
 */
@Component
class RaidCloser {

    private final RaidRepository raids;
    private final RaidRoles roles;
    private final Boards boards;
    private final OutboxWriter outbox;

    RaidCloser(RaidRepository raids, RaidRoles roles, Boards boards, OutboxWriter outbox) {
        this.raids = raids;
        this.roles = roles;
        this.boards = boards;
        this.outbox = outbox;
    }

    /** False when the raid was closed already. {@code prefix} names this raid's outcomes in a message closing many. */
    boolean close(Raid r, boolean finish, RaidCancelled.Reason reason, long by, Instant at, Delivery delivery,
                  String prefix) {
        if (!raids.close(r.raidId(), finish ? Raid.Status.FINISHED : Raid.Status.CANCELLED,
                finish ? null : reason.name(), by, at)) {
            return false;
        }
        List<Vote> votes = raids.votes(r.raidId());
        List<Long> present = RaidRoles.full(votes);
        String raidId = Long.toString(r.raidId());
        String guildId = Long.toString(r.guildId());
        if (finish) {
            raids.attended(r, present);
            outbox.append(delivery.derivedId(prefix + "raid-finished"), Topics.RAID_EVENTS, raidId, new RaidFinished(
                    guildId, raidId, present.stream().map(String::valueOf).toList(), Long.toString(by), at));
            boards.changed(r.guildId(), Board.ROSTER, at, delivery);
        } else {
            outbox.append(delivery.derivedId(prefix + "raid-cancelled"), Topics.RAID_EVENTS, raidId,
                    new RaidCancelled(guildId, raidId, Long.toString(by), at, reason));
        }
        Raid closed = raids.lock(r.raidId(), r.guildId()).orElseThrow();
        if (r.messageId() != null) {
            outbox.appendAction(delivery, prefix + "raid-closed", new EditChannelMessage(guildId,
                    Long.toString(r.channelId()), Long.toString(r.messageId()), RaidRenderer.raid(closed, votes)));
        }
        roles.closed(closed, delivery, prefix);
        boards.changed(r.guildId(), Board.LIST, at, delivery);
        return true;
    }
}
