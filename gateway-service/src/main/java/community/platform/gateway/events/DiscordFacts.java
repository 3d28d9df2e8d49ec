package community.platform.gateway.events;

import community.platform.contracts.discord.MemberJoined;
import community.platform.contracts.discord.MemberLeft;
import community.platform.contracts.discord.MessageDeleted;
import community.platform.contracts.discord.ReactionChanged;
import community.platform.contracts.discord.VoiceStateChanged;
import java.time.Clock;
import net.dv8tion.jda.api.entities.channel.unions.AudioChannelUnion;
import net.dv8tion.jda.api.events.guild.member.GuildMemberJoinEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberRemoveEvent;
import net.dv8tion.jda.api.events.guild.voice.GuildVoiceUpdateEvent;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.events.message.react.GenericMessageReactionEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionRemoveEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/**
 * Turns what happens in guilds into facts on {@code discord.events}: reactions (of members: bots' excluded), members
 * joining and leaving, voice moves (with the guild's AFK channel, where time earns nothing), deleted messages. Keys: the message id, or {@code <guildId>:<userId>}.
 */
public final class DiscordFacts extends ListenerAdapter {

    private final FactPublisher facts;
    private final Clock clock;

    public DiscordFacts(FactPublisher facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    @Override
    public void onMessageReactionAdd(MessageReactionAddEvent event) {
        reaction(event, true);
    }

    @Override
    public void onMessageReactionRemove(MessageReactionRemoveEvent event) {
        reaction(event, false);
    }

    private void reaction(GenericMessageReactionEvent event, boolean added) {
        if (!event.isFromGuild() || event.getUserIdLong() == event.getJDA().getSelfUser().getIdLong()
                || byBot(event)) {
            return;
        }
        facts.publish(event.getMessageId(), new ReactionChanged(event.getGuild().getId(), event.getChannel().getId(),
                event.getMessageId(), event.getUserId(), event.getEmoji().getAsReactionCode(), added,
                clock.instant()));
    }

    /** Bots never vote: Discord names the member with an added reaction; a removal's user is known when cached. */
    private static boolean byBot(GenericMessageReactionEvent event) {
        if (event.getMember() != null) {
            return event.getMember().getUser().isBot();
        }
        var user = event.getJDA().getUserById(event.getUserIdLong());
        return user != null && user.isBot();
    }

    @Override
    public void onGuildMemberJoin(GuildMemberJoinEvent event) {
        facts.publish(event.getGuild().getId() + ':' + event.getUser().getId(), new MemberJoined(
                event.getGuild().getId(), event.getUser().getId(), event.getUser().getName(), event.getUser().isBot(),
                event.getMember().getTimeJoined().toInstant()));
    }

    @Override
    public void onGuildMemberRemove(GuildMemberRemoveEvent event) {
        facts.publish(event.getGuild().getId() + ':' + event.getUser().getId(), new MemberLeft(
                event.getGuild().getId(), event.getUser().getId(), clock.instant()));
    }

    @Override
    public void onGuildVoiceUpdate(GuildVoiceUpdateEvent event) {
        var afk = event.getGuild().getAfkChannel();
        facts.publish(event.getGuild().getId() + ':' + event.getMember().getId(), new VoiceStateChanged(
                event.getGuild().getId(), event.getMember().getId(), id(event.getChannelJoined()),
                id(event.getChannelLeft()), clock.instant(), afk == null ? null : afk.getId()));
    }

    private static String id(AudioChannelUnion channel) {
        return channel == null ? null : channel.getId();
    }

    @Override
    public void onMessageDelete(MessageDeleteEvent event) {
        if (event.isFromGuild()) {
            facts.publish(event.getMessageId(), new MessageDeleted(event.getGuild().getId(),
                    event.getChannel().getId(), event.getMessageId(), clock.instant()));
        }
    }
}
