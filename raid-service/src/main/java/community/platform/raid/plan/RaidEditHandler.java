package community.platform.raid.plan;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.EditChannelMessage;
import community.platform.contracts.scheduler.TimerFired;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

/**
 * A raid's coalesced edit ({@code raid:edit-<id>}): the message shows, in one edit, every vote since the edit was
 * armed; the next vote arms the next one. The raid's reminder follows its best slot from here.
 */
@Component
class RaidEditHandler extends TypedHandler<TimerFired> {

    private final RaidRepository raids;
    private final RaidReminders reminders;
    private final OutboxWriter outbox;

    RaidEditHandler(RaidRepository raids, RaidReminders reminders, OutboxWriter outbox) {
        super(Topics.RAID_COMMANDS, MessageCatalog.TIMER_FIRED);
        this.raids = raids;
        this.reminders = reminders;
        this.outbox = outbox;
    }

    @Override
    public void handle(TimerFired fired, Delivery delivery) {
        RaidClock.editOf(fired.owner(), fired.timerId()).flatMap(id -> raids.lock(id, Long.parseLong(
                fired.guildId()))).ifPresent(r -> {
                    raids.edited(r.raidId());
                    java.util.List<Vote> votes = raids.votes(r.raidId());
                    if (r.open() && r.messageId() != null) {
                        outbox.appendAction(delivery, "raid-edit", new EditChannelMessage(Long.toString(r.guildId()),
                                Long.toString(r.channelId()), Long.toString(r.messageId()),
                                RaidRenderer.raid(r, votes)));
                    }
                    if (r.open()) {
                        reminders.arm(r, votes, fired.dueAt(), delivery);
                    }
                });
    }
}
