package community.platform.gateway.action;

import community.platform.contracts.discord.CreateChannel;
import community.platform.contracts.discord.SendChannelMessage;
import community.platform.gateway.action.ActionPerformer.Performed;
import community.platform.gateway.events.Reconciliation;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.Category;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;

/** Actions on a guild's channels: posting (with the bot's first reactions) and creating a channel once. */
final class ChannelActions {

    private ChannelActions() {
    }

    /** Posts once (nonce from the action id), then adds the bot's reactions (PUT: adding one twice changes nothing). */
    static Performed post(JDA jda, SendChannelMessage a, UUID actionId) {
        var channel = ActionPerformer.channel(jda, a.guildId(), a.channelId());
        Message posted = channel.sendMessage(DiscordMessages.create(a.message())).setNonce(ActionPerformer.nonce(
                actionId)).complete();
        for (String emoji : a.reactions()) {
            posted.addReaction(Reconciliation.emojiOf(emoji)).complete();
        }
        return new Performed("posted message " + posted.getId(), posted.getId(), null);
    }

    /**
     * Creates the text channel, or reuses the guild's channel of the same name and topic: an action delivered again
     * after a crash between Discord's answer and the record of it leaves one channel (the channel created then is in
     * the cache by now, from Discord's CHANNEL_CREATE). Discord may also create it twice within one request: an answer
     * lost on the way back (502) makes JDA send it again. So after creating, the oldest channel of that name and topic
     * is the one kept and a younger twin deleted: two creators, whatever their order, keep the same one.
     */
    static Performed create(JDA jda, CreateChannel a) {
        Guild guild = jda.getGuildById(a.guildId());
        if (guild == null) {
            // passing at first (the bot may have just joined); lasting, it is Discord's Unknown Guild
            throw ActionFailed.notSeenYet(10004, "the bot is not in guild " + a.guildId());
        }
        Optional<TextChannel> existing = oldest(guild, a);
        if (existing.isPresent()) {
            return new Performed("reused channel " + existing.get().getId(), null, existing.get().getId());
        }
        Category parent = a.parentId() == null ? null : guild.getCategoryById(a.parentId());
        var request = guild.createTextChannel(a.name(), parent).setTopic(a.topic());
        if (a.reason() != null) {
            request = request.reason(a.reason());
        }
        TextChannel created = request.complete();
        TextChannel kept = oldest(guild, a).filter(o -> o.getIdLong() < created.getIdLong()).orElse(created);
        if (kept != created) {
            created.delete().reason("a twin of channel " + kept.getId() + ", created twice").complete();
            return new Performed("created channel " + kept.getId() + " (its twin " + created.getId()
                    + " deleted)", null, kept.getId());
        }
        return new Performed("created channel " + created.getId(), null, created.getId());
    }

    private static Optional<TextChannel> oldest(Guild guild, CreateChannel a) {
        return guild.getTextChannelsByName(a.name(), false).stream().filter(c -> a.topic().equals(c.getTopic()))
                .min(Comparator.comparingLong(TextChannel::getIdLong));
    }
}
