package community.platform.raid.voice;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.VoiceStateChanged;
import community.platform.contracts.raid.ShowRaids;
import community.platform.contracts.raid.VoiceXpGained;
import community.platform.contracts.scheduler.JobTicked;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.DirectReplies;
import community.platform.runtime.messaging.ReadHandler;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import community.platform.runtime.time.ScaledClock;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Voice XP: a member in a voice channel other than the guild's AFK channel earns {@code raid.voice-xp.per-minute} XP
 * per whole minute, credited by the scheduler's {@code voice-xp-tick} runs and when they leave voice or go AFK (each
 * minute once: a session is credited up to a time that only moves forward). {@code /xp} and {@code /xp leaderboard}
 * read it. Each credit publishes {@code VoiceXpGained}.
 */
final class VoiceXp {

    static final String JOB = "voice-xp-tick";

    private VoiceXp() {
    }

    /** Crediting, shared by the facts and the tick. */
    @Component
    static class Ledger {
        private final VoiceRepository voice;
        private final OutboxWriter outbox;
        private final int perMinute;

        Ledger(VoiceRepository voice, OutboxWriter outbox, @Value("${raid.voice-xp.per-minute:10}") int perMinute) {
            if (perMinute < 1) {
                throw new IllegalArgumentException("raid.voice-xp.per-minute must be at least 1, not " + perMinute);
            }
            this.voice = voice;
            this.outbox = outbox;
            this.perMinute = perMinute;
        }

        void credit(long guildId, long memberId, Instant creditedUntil, Instant until, Delivery delivery) {
            voice.credit(guildId, memberId, creditedUntil, until, perMinute).ifPresent(c -> outbox.append(
                    delivery.derivedId("voice-xp-" + memberId), Topics.RAID_EVENTS, guildId + ":" + memberId,
                    new VoiceXpGained(Long.toString(guildId), Long.toString(memberId), c.minutes(), c.xp(),
                            c.totalXp(), c.until())));
        }
    }

    /** A member joined, moved, went AFK or left voice. */
    @Component
    static class Moves extends TypedHandler<VoiceStateChanged> {
        private final VoiceRepository voice;
        private final Ledger ledger;
        private final Clock clock;

        Moves(VoiceRepository voice, Ledger ledger, Clock clock) {
            super(Topics.DISCORD_EVENTS, MessageCatalog.VOICE_STATE_CHANGED);
            this.voice = voice;
            this.ledger = ledger;
            this.clock = clock;
        }

        @Override
        public void handle(VoiceStateChanged fact, Delivery delivery) {
            long guildId = Long.parseLong(fact.guildId());
            long member = Long.parseLong(fact.userId());
            // the gateway stamps what it saw in real time; the tick runs in platform time
            Instant at = ScaledClock.commandTime(clock, fact.at(), delivery.time());
            var session = voice.lockSession(guildId, member);
            session.ifPresent(since -> ledger.credit(guildId, member, since, at, delivery));
            if (fact.active()) {
                voice.open(guildId, member, Long.parseLong(fact.channelId()), at);
            } else if (session.isPresent()) {
                voice.close(guildId, member);
            }
        }
    }

    /** The tick: every member in voice credited up to the run's time. */
    @Component
    static class Tick extends TypedHandler<JobTicked> {
        private final VoiceRepository voice;
        private final Ledger ledger;

        Tick(VoiceRepository voice, Ledger ledger) {
            super(Topics.SCHEDULER_EVENTS, MessageCatalog.JOB_TICKED);
            this.voice = voice;
            this.ledger = ledger;
        }

        @Override
        public void handle(JobTicked tick, Delivery delivery) {
            if (!JOB.equals(tick.job()) || JobTicked.PLATFORM_GUILD.equals(tick.guildId())) {
                return;
            }
            long guildId = Long.parseLong(tick.guildId());
            for (long[] s : voice.lockSessions(guildId)) {
                ledger.credit(guildId, s[0], Instant.ofEpochMilli(s[1]), tick.scheduledFor(), delivery);
            }
        }
    }

    /** {@code /xp} and {@code /xp leaderboard}: reads. */
    @Component
    static class Show extends ReadHandler<ShowRaids> {
        static final int TOP = 10;

        private final VoiceRepository voice;

        Show(VoiceRepository voice, DirectReplies replies) {
            super(Topics.RAID_COMMANDS, MessageCatalog.SHOW_RAIDS, replies);
            this.voice = voice;
        }

        @Override
        public void handle(ShowRaids command, Delivery delivery) {
            long guildId = Long.parseLong(command.guildId());
            String answer;
            if (command.what() == ShowRaids.What.XP) {
                answer = voice.standing(guildId, Long.parseLong(command.interaction().userId())).map(s -> "🎙️ "
                        + (command.memberName() == null ? "You" : command.memberName()) + ": " + s.xp() + " XP · "
                        + s.minutes() + " minutes in voice · rank #" + s.rank() + " of " + s.ranked()).orElse(
                        "🎙️ No voice XP yet: members earn it for every minute in a voice channel (not the AFK"
                                + " channel).");
            } else if (command.what() == ShowRaids.What.XP_LEADERBOARD) {
                List<VoiceRepository.Standing> top = voice.top(guildId, TOP);
                answer = top.isEmpty() ? "🎙️ No voice XP yet." : "🎙️ Voice XP\n" + String.join("\n", top.stream()
                        .map(s -> "#" + s.rank() + " " + (s.name() == null ? "<@" + s.memberId() + ">" : s.name())
                                + " — " + s.xp() + " XP").toList());
            } else {
                return;
            }
            reply(command, delivery, DiscordMessage.text(answer));
        }
    }
}
