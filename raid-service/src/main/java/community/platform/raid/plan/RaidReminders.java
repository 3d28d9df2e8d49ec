package community.platform.raid.plan;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.SendChannelMessage;
import community.platform.contracts.discord.SendDirectMessage;
import community.platform.contracts.scheduler.TimerFired;
import community.platform.raid.guild.RaidGuildRepository;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.outbox.OutboxWriter;
import community.platform.runtime.messaging.TypedHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A raid's reminder on a durable timer ({@code raid:remind-<id>}): due the guild's {@code reminder-minutes} before
 * the raid's chosen slot (its best slot; its first day and time while nobody voted both), moved whenever the best slot
 * moves (armed again when the raid is planned and at each edit of its message). When it fires, once per raid: a DM to
 * every member who voted the slot's day and time, and one nudge in the raid's channel naming, as plain text, the
 * roster's members who have not voted yet. A closed raid, a slot already past, or reminders off: nothing.
 */
@Component
class RaidReminders extends TypedHandler<TimerFired> {

    static final String REMIND = "remind-";
    static final int NAMES_MAX = 1500;

    private final RaidRepository raids;
    private final RaidGuildRepository guilds;
    private final OutboxWriter outbox;

    RaidReminders(RaidRepository raids, RaidGuildRepository guilds, OutboxWriter outbox) {
        super(Topics.RAID_COMMANDS, MessageCatalog.TIMER_FIRED);
        this.raids = raids;
        this.guilds = guilds;
        this.outbox = outbox;
    }

    /** The chosen slot of a raid and its instant; {@code voted}: a best slot, not the first option for want of one. */
    record Chosen(int day, int time, Instant at, boolean voted) {
    }

    /**
     * The raid's chosen slot: its best slot, or its first day and time while nobody voted both; empty for a raid whose
     * options were never read as dates. The reminder and the calendar both go by it.
     */
    static Optional<Chosen> chosen(Raid r, List<Vote> votes) {
        var best = SlotPolicy.best(r.days().size(), r.times().size(), votes.stream().filter(Vote::full).toList());
        int day = best.map(SlotPolicy.Slot::day).orElse(0);
        int time = best.map(SlotPolicy.Slot::time).orElse(0);
        return r.at(day, time).map(at -> new Chosen(day, time, at, best.isPresent()));
    }

    /** Arms (or moves) the raid's reminder to its chosen slot minus the guild's lead, unless sent or pointless. */
    void arm(Raid r, List<Vote> votes, Instant now, Delivery delivery) {
        int lead = guilds.of(r.guildId()).reminderMinutes();
        Optional<Chosen> chosen = chosen(r, votes);
        RaidRepository.Reminder reminder = raids.reminder(r.raidId());
        if (lead == 0 || chosen.isEmpty() || reminder.sent() || !chosen.get().at().isAfter(now)) {
            return;
        }
        Instant due = chosen.get().at().minus(Duration.ofMinutes(lead));
        if (!due.equals(reminder.at())) {
            raids.remindAt(r.raidId(), due);
            outbox.armTimer(delivery, "remind-clock-" + r.raidId(), Long.toString(r.guildId()), RaidClock.OWNER,
                    REMIND + r.raidId(), Long.toString(r.raidId()), due);
        }
    }

    @Override
    public void handle(TimerFired fired, Delivery delivery) {
        RaidClock.raidOf(fired.owner(), fired.timerId(), REMIND).flatMap(id -> raids.lock(id,
                Long.parseLong(fired.guildId()))).filter(Raid::open).ifPresent(r -> {
                    List<Vote> votes = raids.votes(r.raidId());
                    Optional<Chosen> chosen = chosen(r, votes);
                    if (chosen.isEmpty() || !raids.reminded(r.raidId(), fired.dueAt())) {
                        return;
                    }
                    Chosen c = chosen.get();
                    String when = "<t:" + c.at().getEpochSecond() + ":F> (<t:" + c.at().getEpochSecond() + ":R>)";
                    String guildId = Long.toString(r.guildId());
                    for (Vote v : votes) {
                        if (v.days().contains(c.day()) && v.times().contains(c.time())) {
                            outbox.appendAction(delivery, "reminder-" + v.memberId(), new SendDirectMessage(guildId,
                                    Long.toString(v.memberId()), DiscordMessage.text("⏰ " + r.title() + " starts "
                                    + when + ": " + r.days().get(c.day()) + " " + r.times().get(c.time()) + "."
                                    + (r.link() == null ? "" : " " + r.link())), Long.toString(r.channelId())));
                        }
                    }
                    List<String> missing = raids.notVoted(r);
                    if (!missing.isEmpty()) {
                        outbox.appendAction(delivery, "reminder-nudge", new SendChannelMessage(guildId,
                                Long.toString(r.channelId()), DiscordMessage.text("⏰ " + r.title() + " starts " + when
                                + ". Not voted yet: " + names(missing) + ".")));
                    }
                });
    }

    /** Names as plain text, cut with how many more. */
    static String names(List<String> names) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (out.length() + names.get(i).length() + 2 > NAMES_MAX) {
                return out + " and " + (names.size() - i) + " more";
            }
            out.append(i == 0 ? "" : ", ").append(names.get(i));
        }
        return out.toString();
    }
}
