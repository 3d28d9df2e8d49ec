package community.platform.raid.plan;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.raid.ShowRaids;
import community.platform.raid.guild.RaidGuild;
import community.platform.raid.guild.RaidGuildRepository;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.DirectReplies;
import community.platform.runtime.messaging.ReadHandler;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code ShowRaids} about raids: {@code /status} (what the raid service knows about the guild), {@code /remote_guilds}
 * and {@code /remote_raidlist} (an operator lists the servers, reads another server's open raids): reads, answered in
 * the command's private reply without the outbox, like every handler of {@code ShowRaids}.
 */
@Component
class ShowRaidsHandler extends ReadHandler<ShowRaids> {

    private static final Set<ShowRaids.What> MINE = Set.of(ShowRaids.What.STATUS, ShowRaids.What.REMOTE_GUILDS,
            ShowRaids.What.REMOTE_LIST);

    private final RaidRepository raids;
    private final RaidGuildRepository guilds;
    private final OpenRaidLines lines;

    ShowRaidsHandler(RaidRepository raids, RaidGuildRepository guilds, OpenRaidLines lines, DirectReplies replies) {
        super(Topics.RAID_COMMANDS, MessageCatalog.SHOW_RAIDS, replies);
        this.raids = raids;
        this.guilds = guilds;
        this.lines = lines;
    }

    @Override
    public void handle(ShowRaids command, Delivery delivery) {
        if (!MINE.contains(command.what())) {
            return;
        }
        long guildId = Long.parseLong(command.guildId());
        String answer = switch (command.what()) {
            case STATUS -> status(guilds.of(guildId));
            case REMOTE_GUILDS -> command.operator() ? guildsKnown()
                    : "⚠️ Only the platform's operators list the servers.";
            case REMOTE_LIST -> command.operator() ? remote(Long.parseLong(command.targetGuildId()))
                    : "⚠️ Only the platform's operators read another server's raids.";
            default -> throw new IllegalStateException("not a raid command: " + command.what());
        };
        reply(command, delivery, DiscordMessage.cutText(answer));
    }

    private String status(RaidGuild g) {
        List<Raid> open = raids.open(g.guildId());
        return "⚔️ Raids here: " + open.size() + " open" + (open.isEmpty() ? "" : " ("
                + String.join(", ", open.stream().map(Raid::title).toList()) + ")")
                + "\nRaids planned in: " + channel(g.raidChannelId()) + " · list: " + channel(g.listChannelId())
                + " · roster: " + channel(g.rosterChannelId()) + " · log: " + channel(g.logChannelId())
                + "\nStale after " + g.staleHours() + " hours past a raid's last time · reminders "
                + (g.reminderMinutes() == 0 ? "off" : g.reminderMinutes() + " minutes before") + " · time zone "
                + g.zone().getId()
                + "\nThe raid service is answering.";
    }

    private String remote(long target) {
        List<String> open = lines.lines(target);
        return "Server " + target + ": " + open.size() + " open raids" + (open.isEmpty() ? "." : "\n"
                + String.join("\n", open));
    }

    private String guildsKnown() {
        List<long[]> known = guilds.guildsWithOpenRaids();
        return "Servers with raids or raid settings: " + known.size() + (known.isEmpty() ? "." : "\n" + String.join(
                "\n", known.stream().map(g -> g[0] + ": " + g[1] + " open").toList()));
    }

    private static String channel(Long id) {
        return id == null ? "any channel" : "<#" + id + ">";
    }
}
