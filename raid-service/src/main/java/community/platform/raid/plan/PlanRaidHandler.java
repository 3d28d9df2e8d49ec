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
 * asked for; the raid list changes; {@code RaidPlanned} is published. A guild that plans raids in one channel refuses
 * a plan elsewhere, naming the channel.
 */
@Component
class PlanRaidHandler extends TypedHandler<PlanRaid> {

    private final RaidRepository raids;
    private final RaidGuildRepository guilds;
    private final RaidRoles roles;
    private final Boards boards;
    private final RaidClock clock;
    private final OutboxWriter outbox;

    PlanRaidHandler(RaidRepository raids, RaidGuildRepository guilds, RaidRoles roles, Boards boards, RaidClock clock,
                    OutboxWriter outbox) {
        super(Topics.RAID_COMMANDS, MessageCatalog.PLAN_RAID);
        this.raids = raids;
        this.guilds = guilds;
        this.roles = roles;
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
        Instant at = clock.at(command.interaction(), delivery);
        LocalDate today = at.atZone(guild.zone()).toLocalDate();
        List<Optional<LocalDate>> dates = command.days().stream().map(d -> RaidOptions.day(d, today)).toList();
        List<Optional<LocalTime>> times = command.times().stream().map(RaidOptions::time).toList();
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
                command.leaderName(), command.dungeon(), command.days(), command.times(), command.groupSize(),
                command.note(), Raid.Status.OPEN, at, number, slotDates, slotTimes, guild.zone(), last, null, null);
        raids.insert(r, roles.ask(guildId, r.title(), delivery));
        if (!reply.equals(outbox.reply(delivery, command.guildId(), command.interaction(), RaidRenderer.raid(r,
                List.of()), true))) {
            throw new IllegalStateException("the reply's action id is derived from the delivery and 'reply'");
        }
        boards.changed(guildId, Board.LIST, at, delivery);
        outbox.append(delivery.derivedId("raid-planned"), Topics.RAID_EVENTS, Long.toString(raidId), new RaidPlanned(
                command.guildId(), Long.toString(raidId), r.dungeon(), r.days(), r.times(), r.groupSize(),
                Long.toString(r.leaderId()), at));
    }
}
