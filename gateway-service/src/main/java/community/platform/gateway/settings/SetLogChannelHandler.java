package community.platform.gateway.settings;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.gateway.LogChannelSet;
import community.platform.contracts.gateway.SetLogChannel;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** {@code SetLogChannel}: the guild's log channel is stored (or cleared), the admin is told, the change published. */
@Component
class SetLogChannelHandler extends TypedHandler<SetLogChannel> {

    private final LogChannelRepository channels;
    private final OutboxWriter outbox;
    private final Clock clock;

    SetLogChannelHandler(LogChannelRepository channels, OutboxWriter outbox, Clock clock) {
        super(Topics.GATEWAY_COMMANDS, MessageCatalog.SET_LOG_CHANNEL);
        this.channels = channels;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void handle(SetLogChannel command, Delivery delivery) {
        Instant now = clock.instant();
        long guild = Long.parseLong(command.guildId());
        if (command.channelId() == null) {
            channels.clear(guild);
        } else {
            channels.set(guild, Long.parseLong(command.channelId()), Long.parseLong(command.setBy()), now);
        }
        outbox.append(delivery.derivedId("set"), Topics.GATEWAY_EVENTS, command.guildId(),
                new LogChannelSet(command.guildId(), command.channelId(), command.setBy(), now));
        outbox.reply(delivery, command.guildId(), command.interaction(), DiscordMessage.text(
                command.channelId() == null ? "The bot will no longer post what Discord refuses it."
                        : "What Discord refuses the bot (a missing permission, a member above its role, a channel it"
                        + " cannot see) will be posted in <#" + command.channelId() + ">, once per kind an hour."));
    }
}
