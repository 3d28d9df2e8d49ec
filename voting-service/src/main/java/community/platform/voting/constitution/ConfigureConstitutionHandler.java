package community.platform.voting.constitution;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.voting.ConfigureConstitution;
import community.platform.contracts.voting.ConstitutionChanged;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import community.platform.voting.time.CommandTime;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * {@code ConfigureConstitution}: shows the guild's constitution, or changes one variable for a member who may manage
 * the server, validated ({@link ConstitutionPolicy}), recorded with who changed it and published.
 */
@Component
class ConfigureConstitutionHandler extends TypedHandler<ConfigureConstitution> {

    private final ConstitutionRepository constitutions;
    private final OutboxWriter outbox;
    private final CommandTime time;

    ConfigureConstitutionHandler(ConstitutionRepository constitutions, OutboxWriter outbox, CommandTime time) {
        super(Topics.VOTING_COMMANDS, MessageCatalog.CONFIGURE_CONSTITUTION);
        this.constitutions = constitutions;
        this.outbox = outbox;
        this.time = time;
    }

    @Override
    public void handle(ConfigureConstitution command, Delivery delivery) {
        long guild = Long.parseLong(command.guildId());
        if (command.variable() == null) {
            outbox.reply(delivery, command.guildId(), command.interaction(),
                    ConstitutionRenderer.show(constitutions.of(guild)));
            return;
        }
        if (!Constitution.manages(Long.parseLong(command.permissions()))) {
            outbox.reply(delivery, command.guildId(), command.interaction(), DiscordMessage.text(
                    "Only members who may manage the server change the constitution."));
            return;
        }
        switch (ConstitutionPolicy.set(constitutions.lock(guild), command.variable(), command.value())) {
            case ConstitutionPolicy.Change.Refused refused -> outbox.reply(delivery, command.guildId(),
                    command.interaction(), DiscordMessage.text("⚠️ Nothing changed: " + refused.reason()));
            case ConstitutionPolicy.Change.Changed changed -> {
                Instant now = time.of(command.interaction(), delivery);
                long by = Long.parseLong(command.interaction().userId());
                constitutions.change(guild, changed.now(), command.variable(), changed.previous(), changed.value(),
                        by, now);
                outbox.append(delivery.derivedId("changed"), Topics.VOTING_EVENTS, command.guildId() + ":constitution",
                        new ConstitutionChanged(command.guildId(), command.variable(), changed.previous(),
                                changed.value(), Long.toString(by), now));
                outbox.reply(delivery, command.guildId(), command.interaction(),
                        ConstitutionRenderer.changed(command.variable(), changed.previous(), changed.value()));
            }
        }
    }
}
