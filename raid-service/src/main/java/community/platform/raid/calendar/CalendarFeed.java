package community.platform.raid.calendar;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.MemberPermissions;
import community.platform.contracts.raid.ShowRaids;
import community.platform.raid.guild.RaidGuildRepository;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.DirectReplies;
import community.platform.runtime.messaging.ReadHandler;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A guild's raids as a calendar members subscribe to: {@code GET /calendar/<secret>.ics} (the secret, made once per
 * guild, is the only key: an unknown one is 404) holds the guild's open raids only. {@code /raid calendar} gives the
 * link to members who may manage the server.
 */
final class CalendarFeed {

    private CalendarFeed() {
    }

    @RestController
    static class Http {
        private final RaidGuildRepository guilds;
        private final CalendarRaids raids;
        private final Clock clock;
        private final Duration length;

        Http(RaidGuildRepository guilds, CalendarRaids raids, Clock clock,
             @Value("${raid.calendar.event-length:2h}") Duration length) {
            this.guilds = guilds;
            this.raids = raids;
            this.clock = clock;
            this.length = length;
        }

        @GetMapping("/calendar/{file}")
        ResponseEntity<String> feed(@PathVariable String file) {
            if (!file.endsWith(".ics")) {
                return ResponseEntity.notFound().build();
            }
            return guilds.byCalendarSecret(file.substring(0, file.length() - ".ics".length()))
                    .map(guild -> ResponseEntity.ok().contentType(new MediaType("text", "calendar",
                            java.nio.charset.StandardCharsets.UTF_8)).body(IcsFeed.of("Raids", raids.open(guild),
                            length, clock.instant())))
                    .orElse(ResponseEntity.notFound().build());
        }
    }

    /**
     * {@code /raid calendar}: the link, privately, to members who may manage the server. A read: the guild's secret
     * is made once, by the first delivery that commits, and every later one reads it, so handled again it changes
     * nothing more and answers the same link.
     */
    @Component
    static class Link extends ReadHandler<ShowRaids> {
        private static final SecureRandom RANDOM = new SecureRandom();

        private final RaidGuildRepository guilds;
        private final String baseUrl;

        Link(RaidGuildRepository guilds, DirectReplies replies,
             @Value("${raid.calendar.base-url:http://localhost:${server.port:8084}}") String baseUrl) {
            super(Topics.RAID_COMMANDS, MessageCatalog.SHOW_RAIDS, replies);
            this.guilds = guilds;
            this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        }

        @Override
        public void handle(ShowRaids command, Delivery delivery) {
            if (command.what() != ShowRaids.What.CALENDAR) {
                return;
            }
            String answer;
            if (!MemberPermissions.managesServer(Long.parseLong(command.permissions()))) {
                answer = "⚠️ Only members who may manage the server get the calendar link (share it with the"
                        + " members you choose).";
            } else {
                byte[] secret = new byte[24];
                RANDOM.nextBytes(secret);
                String s = guilds.calendarSecret(Long.parseLong(command.guildId()), HexFormat.of().formatHex(secret));
                answer = "📅 Subscribe to this server's raids in your calendar app: " + baseUrl + "/calendar/" + s
                        + ".ics\nAnyone with the link sees the open raids: share it with members only.";
            }
            reply(command, delivery, DiscordMessage.text(answer));
        }
    }
}
