package community.platform.raid.guild;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.MemberPermissions;
import community.platform.contracts.raid.ConfigureRaids;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

/** {@code /settings setting value}: one raid setting, by a member who may manage the server; answered privately. */
@Component
class ConfigureRaidsHandler extends TypedHandler<ConfigureRaids> {

    private final RaidGuildRepository guilds;
    private final OutboxWriter outbox;

    ConfigureRaidsHandler(RaidGuildRepository guilds, OutboxWriter outbox) {
        super(Topics.RAID_COMMANDS, MessageCatalog.CONFIGURE_RAIDS);
        this.guilds = guilds;
        this.outbox = outbox;
    }

    @Override
    public void handle(ConfigureRaids command, Delivery delivery) {
        if (!MemberPermissions.managesServer(Long.parseLong(command.permissions()))) {
            outbox.privately(delivery, command.guildId(), command.interaction(), "⚠️ Only members who may manage the"
                    + " server change raid settings.");
            return;
        }
        RaidSettings.Result r = RaidSettings.read(command.setting(), command.value());
        if (r.refusal() != null) {
            outbox.privately(delivery, command.guildId(), command.interaction(), r.refusal());
            return;
        }
        guilds.set(Long.parseLong(command.guildId()), r.change().column(), r.change().value());
        outbox.privately(delivery, command.guildId(), command.interaction(), "✅ " + command.setting()
                + " is now " + r.change().shown() + ".");
    }
}
