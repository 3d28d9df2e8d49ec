package community.platform.gateway.action;

import community.platform.contracts.discord.SendDirectMessage;
import java.util.UUID;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * Direct messages, paced below Discord's limits: opening a DM channel is limited to 10 per 10 s (the emulator's
 * figure; Discord keeps its own unpublished), so a fan-out (a ballot sent to every member) opens channels at a steady
 * pace with a small burst instead of hitting 429s; later DMs to a member whose channel is open go at once (each DM
 * channel's own limit, 5 messages per 5 s, JDA keeps). A DM meant for members with a role skips members without it (the service
 * that asked does not know roles); bots are never sent DMs (Discord refuses them). Closed DMs (50007) post in the
 * fallback channel when one is given, mentioning the member.
 */
final class DirectMessages {

    private final Pacer pacer;
    /** members whose DM channel this process opened: JDA keeps it, so later DMs to them open nothing */
    private final java.util.Set<String> opened = java.util.concurrent.ConcurrentHashMap.newKeySet();

    DirectMessages(double perSecond, int burst) {
        this.pacer = new Pacer(perSecond, burst);
    }

    String send(JDA jda, SendDirectMessage a, UUID actionId) throws InterruptedException {
        Guild guild = jda.getGuildById(a.guildId());
        Member member = guild == null ? null : guild.getMemberById(a.userId());
        if (member != null && member.getUser().isBot()) {
            return "not sent: " + a.userId() + " is a bot";
        }
        if (a.requiredRoleId() != null && (member == null
                || member.getRoles().stream().noneMatch(r -> r.getId().equals(a.requiredRoleId())))) {
            return "not sent: " + a.userId() + " lacks the role " + a.requiredRoleId();
        }
        if (!opened.contains(a.userId())) {
            pacer.await(); // opening the DM channel is what the limit counts
        }
        try {
            jda.openPrivateChannelById(a.userId())
                    .flatMap(dm -> dm.sendMessage(DiscordMessages.create(a.message()))
                            .setNonce(ActionPerformer.nonce(actionId)))
                    .complete();
            opened.add(a.userId());
            return "sent a DM";
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() != ErrorResponse.CANNOT_SEND_TO_USER || a.fallbackChannelId() == null) {
                throw e;
            }
            ActionPerformer.channel(jda, a.guildId(), a.fallbackChannelId())
                    .sendMessage(DiscordMessages.createMentioning(a.message(), a.userId()))
                    .setNonce(ActionPerformer.nonce(actionId)).complete();
            return "DMs closed: posted in channel " + a.fallbackChannelId();
        }
    }

    /** A token bucket: {@code burst} at once, then {@code perSecond}; callers wait for their turn. */
    static final class Pacer {
        private final long intervalNanos;
        private final long burstNanos;
        private long next;

        Pacer(double perSecond, int burst) {
            if (perSecond <= 0 || burst < 1) {
                throw new IllegalArgumentException("DMs need a positive pace and a burst of at least 1");
            }
            this.intervalNanos = (long) (1_000_000_000L / perSecond);
            this.burstNanos = intervalNanos * (burst - 1);
            this.next = System.nanoTime() - burstNanos;
        }

        void await() throws InterruptedException {
            long wait;
            synchronized (this) {
                long now = System.nanoTime();
                long slot = Math.max(next, now - burstNanos);
                next = slot + intervalNanos;
                wait = slot - now;
            }
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
    }
}
