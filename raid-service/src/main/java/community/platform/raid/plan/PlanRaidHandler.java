package community.platform.raid.plan;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.raid.PlanRaid;
import community.platform.contracts.raid.RaidOptions;
import community.platform.contracts.raid.RaidPlanned;
import community.platform.raid.board.Board;
import community.platform.raid.board.Boards;
import community.platform.raid.guild.RaidGuild;
import community.platform.raid.guild.RaidGuildRepository;
import community.platform.raid.guild.Template;
import community.platform.raid.guild.TemplateRepository;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@code PlanRaid}: the raid is stored once (its id the form's interaction's, its number the guild's next), its days
 * and times read as dates and clock times in the guild's zone from the day it is planned; it is shown as the form's
 * public reply, whose message the gateway reports (the raid edits it later without a click); its temporary role is
 * asked for; its reminder is armed; the raid list changes; {@code RaidPlanned} is published. A guild that plans raids
 * in one channel refuses a plan elsewhere, naming the channel; a dungeon off the guild's list is refused, naming the
 * list; {@code template:<name>} plans from the guild's saved template.
 */
@Component
class PlanRaidHandler extends TypedHandler<PlanRaid> {

    private final RaidRepository raids;
    private final RaidGuildRepository guilds;
    private final TemplateRepository templates;
    private final RaidRoles roles;
    private final RaidReminders reminders;
    private final Boards boards;
    private final RaidClock clock;
    private final OutboxWriter outbox;

    PlanRaidHandler(RaidRepository raids, RaidGuildRepository guilds, TemplateRepository templates, RaidRoles roles,
                    RaidReminders reminders, Boards boards, RaidClock clock, OutboxWriter outbox) {
        super(Topics.RAID_COMMANDS, MessageCatalog.PLAN_RAID);
        this.raids = raids;
        this.guilds = guilds;
        this.templates = templates;
        this.roles = roles;
        this.reminders = reminders;
        this.boards = boards;
        this.clock = clock;
        this.outbox = outbox;
    }

    @Override
    public void handle(PlanRaid command, Delivery delivery) {
        long raidId = Long.parseLong(command.interaction().interactionId());
        if (raids.exists(raidId)) {
            return;
        }
        long guildId = Long.parseLong(command.guildId());
        RaidGuild guild = guilds.of(guildId);
        long channel = Long.parseLong(command.interaction().channelId());
        if (guild.raidChannelId() != null && guild.raidChannelId() != channel) {
            outbox.reply(delivery, command.guildId(), command.interaction(), DiscordMessage.text("⚠️ Raids are"
                    + " planned in <#" + guild.raidChannelId() + ">."));
            return;
        }
        PlanRaid plan = command;
        if (command.template() != null) {
            Optional<Template> t = templates.of(guildId, command.template());
            if (t.isEmpty()) {
                outbox.reply(delivery, command.guildId(), command.interaction(), DiscordMessage.text("⚠️ There is no"
                        + " template " + command.template() + " here: /dungeonlist shows the templates."));
                return;
            }
            plan = new PlanRaid(command.guildId(), command.interaction(), command.leaderName(), t.get().dungeon(),
                    t.get().days(), t.get().times(), t.get().groupSize(), command.note());
        }
        Optional<String> dungeon = guild.dungeon(plan.dungeon());
        if (dungeon.isEmpty()) {
            outbox.reply(delivery, command.guildId(), command.interaction(), DiscordMessage.text("⚠️ "
                    + plan.dungeon() + " is not on this server's dungeon list: " + String.join(", ",
                    guild.dungeons()) + "."));
            return;
        }
        Instant at = clock.at(command.interaction(), delivery);
        LocalDate today = at.atZone(guild.zone()).toLocalDate();
        List<Optional<LocalDate>> dates = plan.days().stream().map(d -> RaidOptions.day(d, today)).toList();
        List<Optional<LocalTime>> times = plan.times().stream().map(RaidOptions::time).toList();
        if (dates.stream().anyMatch(Optional::isEmpty) || times.stream().anyMatch(Optional::isEmpty)) {
            outbox.reply(delivery, command.guildId(), command.interaction(), DiscordMessage.text("⚠️ Days are "
                    + RaidOptions.DAY_FORMS + "; times are " + RaidOptions.TIME_FORMS + "."));
            return;
        }
        List<LocalDate> slotDates = dates.stream().map(Optional::orElseThrow).toList();
        List<LocalTime> slotTimes = times.stream().map(Optional::orElseThrow).toList();
        Instant last = slotDates.stream().max(Comparator.naturalOrder()).orElseThrow()
                .atTime(slotTimes.stream().max(Comparator.naturalOrder()).orElseThrow()).atZone(guild.zone())
                .toInstant();
        int number = guilds.nextRaidNumber(guildId);
        UUID reply = delivery.derivedId("reply");
        Raid r = new Raid(raidId, guildId, channel, null, reply, Long.parseLong(command.interaction().userId()),
                plan.leaderName(), dungeon.get(), plan.days(), plan.times(), plan.groupSize(), plan.note(),
                Raid.Status.OPEN, at, number, slotDates, slotTimes, guild.zone(), last, null, null);
        raids.insert(r, roles.ask(guildId, r.title(), delivery));
        if (!reply.equals(outbox.reply(delivery, command.guildId(), command.interaction(), RaidRenderer.raid(r,
                List.of()), true))) {
            throw new IllegalStateException("the reply's action id is derived from the delivery and 'reply'");
        }
        boards.changed(guildId, Board.LIST, at, delivery);
        reminders.arm(r, List.of(), at, delivery);
        outbox.append(delivery.derivedId("raid-planned"), Topics.RAID_EVENTS, Long.toString(raidId), new RaidPlanned(
                command.guildId(), Long.toString(raidId), r.dungeon(), r.days(), r.times(), r.groupSize(),
                Long.toString(r.leaderId()), at));
    }
}
