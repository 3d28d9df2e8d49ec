package community.platform.devstack;

import community.platform.discord.emulator.DiscordEmulator;
import community.platform.discord.emulator.model.Permissions;
import community.platform.discord.emulator.script.GuildScript;
import community.platform.discord.emulator.script.InteractionTicket;
import community.platform.discord.emulator.script.MessageView;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** The emulator's demo guild, and a short scripted scene in it that shows the system doing real work. */
final class DemoGuild {

    static final String NAME = "Demo Guild";
    private final DiscordEmulator discord;
    private final GuildScript guild;

    private DemoGuild(DiscordEmulator discord, GuildScript guild) {
        this.discord = discord;
        this.guild = guild;
    }

    static DemoGuild create(DiscordEmulator discord) {
        GuildScript g = discord.createGuild(NAME);
        long moderators = g.role("Moderator", Permissions.KICK_MEMBERS | Permissions.BAN_MEMBERS
                | Permissions.MODERATE_MEMBERS | Permissions.MANAGE_MESSAGES);
        g.textChannel("general");
        g.textChannel("proposals");
        g.textChannel("mod-votes");
        g.textChannel("game");
        g.voiceChannel("Raid voice");
        g.member("alice", moderators);
        g.member("bob");
        g.member("carol");
        g.member("dave");
        return new DemoGuild(discord, g);
    }

    /**
     * With voting: alice opens a proposal, bob and carol vote yes, dave no. With the economy: bob claims his daily
     * reward and summons. Prints the timings and what the channels show.
     */
    void play(boolean voting, boolean economy) {
        System.out.println("\ndemo (members of '" + NAME + "' in the Discord emulator):");
        discord.awaitBot(Duration.ofSeconds(60));
        if (voting) {
            vote();
        }
        if (economy) {
            game();
        }
    }

    private void game() {
        System.out.println();
        for (var command : java.util.List.of(Map.entry("/daily", Map.<String, Object>of()),
                Map.entry("/summon", Map.<String, Object>of("banner", "standard", "count", 1)))) {
            InteractionTicket ticket = guild.member("bob").runs("#game", command.getKey(), command.getValue());
            MessageView reply = ticket.awaitReply(m -> !m.embeds().isEmpty(), Duration.ofSeconds(30));
            report("bob: " + command.getKey() + " " + String.join(" ", command.getValue().entrySet().stream()
                    .map(e -> e.getKey() + ":" + e.getValue()).sorted().toList()), ticket);
            reply.text().lines().forEach(l -> System.out.println("    | " + l));
        }
    }

    private void vote() {
        InteractionTicket opened = guild.member("alice").runs("#proposals", "/proposal",
                Map.of("title", "Raid night moves to Friday", "hours", 48));
        MessageView proposal = opened.awaitReply(m -> !m.embeds().isEmpty(), Duration.ofSeconds(30));
        report("alice: /proposal title:\"Raid night moves to Friday\" hours:48", opened);
        InteractionTicket last = null;
        for (String[] vote : new String[][] {{"bob", "Yes"}, {"carol", "Yes"}, {"dave", "No"}}) {
            last = guild.member(vote[0]).clicks(vote[1], proposal);
            last.awaitReply(m -> m.text().contains("<@" + guild.member(vote[0]).id() + ">"), Duration.ofSeconds(30));
            report(vote[0] + ": clicks [" + vote[1] + "]", last);
        }
        System.out.println("\n  #proposals now shows:");
        guild.lastMessage("proposals").text().lines().forEach(l -> System.out.println("    | " + l));
    }

    private static void report(String what, InteractionTicket ticket) {
        long ack = Duration.between(ticket.createdAt(), ticket.ackedAt().orElseThrow()).toMillis();
        long shown = Duration.between(ticket.createdAt(), ticket.reply().flatMap(m -> java.util.Optional.ofNullable(
                m.editedAt())).orElse(Instant.now())).toMillis();
        System.out.printf(Locale.ROOT, "  %-62s acknowledged in %4d ms, outcome shown in %4d ms%n", what, ack, shown);
    }
}
