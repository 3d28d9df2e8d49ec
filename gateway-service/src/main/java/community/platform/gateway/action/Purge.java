package community.platform.gateway.action;

import community.platform.contracts.discord.PurgeMessages;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.InteractionHook;

/**
 * {@code /purge} and {@code /purgebot} through Discord's bulk delete, within its rules: the latest messages (the bot's
 * own among the latest 100 for {@code /purgebot}), 2 to 100 at once, none older than 14 days (a little margin kept, as
 * Discord measures from its own clock); older ones are left and said so; a single message is deleted alone. The member
 * reads what was done in the command's reply.
 */
final class Purge {

    /** Discord refuses a bulk delete holding a message older than 14 days; an hour's margin for clocks. */
    static final Duration BULK_AGE = Duration.ofDays(14).minusHours(1);

    private Purge() {
    }

    static String purge(JDA jda, PurgeMessages a, Clock clock) {
        GuildMessageChannel channel = ActionPerformer.channel(jda, a.guildId(), a.channelId());
        List<Message> latest = channel.getHistory().retrievePast(PurgeMessages.MAX).complete();
        List<Message> chosen = latest.stream().filter(m -> !a.botOnly() || m.getAuthor().getIdLong()
                == jda.getSelfUser().getIdLong()).limit(Math.min(a.count(), PurgeMessages.MAX)).toList();
        OffsetDateTime oldest = OffsetDateTime.now(clock).minus(BULK_AGE);
        List<Message> young = chosen.stream().filter(m -> m.getTimeCreated().isAfter(oldest)).toList();
        int old = chosen.size() - young.size();
        if (young.size() == 1) {
            young.get(0).delete().reason(a.reason()).complete();
        } else if (young.size() > 1) {
            channel.deleteMessages(young).complete();
        }
        String done = "🧹 Deleted " + young.size() + (young.size() == 1 ? " message" : " messages")
                + (a.botOnly() ? " of the bot" : "") + (old == 0 ? "." : "; " + old + " older than 14 days left"
                + " (Discord deletes only newer ones in bulk).");
        if (a.interaction() != null) {
            try {
                InteractionHook.from(jda, a.interaction().token()).editOriginal(done).complete();
            } catch (ErrorResponseException e) {
                // the member's reply expired (15 minutes): the messages are gone all the same
            }
        }
        return done;
    }
}
