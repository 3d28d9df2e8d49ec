package community.platform.gateway.interaction;

import community.platform.contracts.discord.InteractionRef;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.GenericComponentInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a click lands. Every interaction becomes an {@link Outcome} (pure translation by the owning
 * {@link GatewayCommand}); a command is produced to Kafka and only then is Discord acknowledged, so a member who sees
 * "thinking..." has a recorded command. When the command cannot be recorded in time the member gets an ephemeral
 * error instead and nothing happened. Discord's event thread is never blocked: producing runs on {@code producing}.
 */
public final class InteractionIntake extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(InteractionIntake.class);
    static final String NOT_RECORDED = "⚠️ Your command could not be recorded right now, so nothing was changed. "
            + "Please try again in a moment.";

    private final InteractionRouter router;
    private final CommandProducer producer;
    private final ExecutorService producing;
    private final MeterRegistry meters;
    private final Timer ackTimer;

    public InteractionIntake(InteractionRouter router, CommandProducer producer, ExecutorService producing,
                             MeterRegistry meters) {
        this.router = router;
        this.producer = producer;
        this.producing = producing;
        this.meters = meters;
        this.ackTimer = Timer.builder("gateway.interaction.ack")
                .description("interaction received -> command in Kafka and Discord acknowledged")
                .publishPercentiles(0.5, 0.99).register(meters);
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        take(event, ref -> router.forSlash(event.getName())
                .map(c -> c.onSlash(event, ref))
                .orElseGet(() -> Outcome.refuse("This command is not available.")));
    }

    @Override
    public void onMessageContextInteraction(MessageContextInteractionEvent event) {
        take(event, ref -> router.forMessageCommand(event.getName())
                .map(c -> c.onMessageCommand(event, ref))
                .orElseGet(() -> Outcome.refuse("This command is not available.")));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        component(event);
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        component(event);
    }

    private void component(GenericComponentInteractionCreateEvent event) {
        List<String> parts = List.of(event.getComponentId().split(":", -1));
        take(event, ref -> router.forCustomId(parts)
                .map(c -> c.onComponent(parts, event, ref))
                .orElseGet(() -> Outcome.refuse("This button is not available any more.")));
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        List<String> parts = List.of(event.getModalId().split(":", -1));
        take(event, ref -> router.forCustomId(parts)
                .map(c -> c.onModal(parts, event, ref))
                .orElseGet(() -> Outcome.refuse("This form is not available any more.")));
    }

    private <E extends Interaction & IReplyCallback> void take(E event, Function<InteractionRef, Outcome> translation) {
        Instant received = Instant.now();
        if (event.getGuild() == null) {
            refuse(event, "The platform's commands work inside a server.");
            return;
        }
        InteractionRef ref = new InteractionRef(event.getJDA().getSelfUser().getApplicationId(), event.getId(),
                event.getToken(), event.getChannelId(), event.getUser().getId(), event.getUserLocale().getLocale(),
                event.getTimeCreated().toInstant(),
                event instanceof net.dv8tion.jda.api.interactions.components.ComponentInteraction c
                        ? c.getMessageId() : null);
        Outcome outcome;
        try {
            outcome = translation.apply(ref);
        } catch (RuntimeException e) {
            log.warn("interaction {} could not be translated", ref, e);
            outcome = Outcome.refuse("This did not work: " + e.getMessage());
        }
        switch (outcome) {
            case Outcome.Refuse refuse -> refuse(event, refuse.reason());
            case Outcome.OpenForm form -> {
                count("form");
                ((IModalCallback) event).replyModal(form.modal()).queue(ok -> { }, failure -> log.warn(
                        "form for {} not opened", ref, failure));
            }
            case Outcome.Send send -> producing.execute(() -> produceThenAck(event, ref, send, received));
        }
    }

    private <E extends Interaction & IReplyCallback> void produceThenAck(E event, InteractionRef ref,
                                                                           Outcome.Send send, Instant received) {
        UUID id = UUID.nameUUIDFromBytes(("gateway|interaction|" + ref.interactionId())
                .getBytes(StandardCharsets.UTF_8));
        producer.send(send.topic(), send.key(), id, send.command()).whenComplete((metadata, failure) -> {
            if (failure != null) {
                count("not-recorded");
                log.warn("command of interaction {} not recorded: {}", ref, failure.toString());
                event.reply(NOT_RECORDED).setEphemeral(true).queue(ok -> { }, f -> log.warn(
                        "could not tell {} that the command was not recorded", ref, f));
                return;
            }
            count("sent");
            Supplier<net.dv8tion.jda.api.requests.RestAction<?>> ack = switch (send.ack()) {
                case REPLY -> () -> event.deferReply(false);
                case EPHEMERAL_REPLY -> () -> event.deferReply(true);
                case UPDATE -> event instanceof IMessageEditCallback edit ? edit::deferEdit
                        : () -> event.deferReply(true);
            };
            ack.get().queue(ok -> ackTimer.record(java.time.Duration.between(received, Instant.now())),
                    f -> log.warn("interaction {} recorded but not acknowledged in time", ref, f));
        });
    }

    private void refuse(IReplyCallback event, String reason) {
        count("refused");
        event.reply("⚠️ " + reason).setEphemeral(true).queue(ok -> { }, f -> log.warn("refusal not delivered", f));
    }

    private void count(String outcome) {
        meters.counter("gateway.interactions", "outcome", outcome).increment();
    }
}
