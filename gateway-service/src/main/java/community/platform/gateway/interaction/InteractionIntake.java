package community.platform.gateway.interaction;

import community.platform.contracts.discord.InteractionRef;
import community.platform.runtime.metrics.StepTimers;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import community.platform.contracts.discord.CustomId;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.components.ActionComponent;
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
import net.dv8tion.jda.api.interactions.components.ComponentInteraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a click lands. Every interaction becomes an {@link Outcome} (pure translation by the owning
 * {@link GatewayCommand}) on Discord's event thread, in the order Discord delivered them. A command is handed to the
 * {@link InteractionRecorder}, which records it and only then acknowledges Discord: a member who sees "thinking..."
 * has a recorded command, one told "nothing was changed" has none. A component acts only on the message it is on: a
 * custom id that the clicked message does not carry is refused.
 */
public final class InteractionIntake extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(InteractionIntake.class);
    static final String NOT_ON_MESSAGE = "This button does not belong to this message, so nothing was changed.";

    private final InteractionRouter router;
    private final InteractionRecorder recorder;
    private final MeterRegistry meters;
    private final Timer ackTimer;
    private final Timer deliveredTimer;

    public InteractionIntake(InteractionRouter router, InteractionRecorder recorder, MeterRegistry meters) {
        this.router = router;
        this.recorder = recorder;
        this.meters = meters;
        this.ackTimer = StepTimers.of("gateway.interaction.ack",
                "interaction received -> command recorded and Discord acknowledged", meters);
        this.deliveredTimer = StepTimers.of("gateway.interaction.delivered",
                "interaction created by Discord (its id's time) -> received here", meters);
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        take(event, caller -> router.forSlash(event.getName())
                .map(c -> c.onSlash(new Calls.Slash(event.getName(), event.getSubcommandName(), options(event),
                        caller)))
                .orElseGet(() -> Outcome.refuse("This command is not available.")));
    }

    @Override
    public void onMessageContextInteraction(MessageContextInteractionEvent event) {
        Message target = event.getTarget();
        take(event, caller -> router.forMessageCommand(event.getName())
                .map(c -> c.onMessage(new Calls.OnMessage(event.getName(), target.getId(), target.getAuthor().getId(),
                        target.getAuthor().isBot() || target.getAuthor().isSystem(), caller,
                        target.getMember() != null ? target.getMember().getEffectiveName()
                                : target.getAuthor().getEffectiveName())))
                .orElseGet(() -> Outcome.refuse("This command is not available.")));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        component(event, List.of());
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        component(event, event.getValues());
    }

    private void component(GenericComponentInteractionCreateEvent event, List<String> values) {
        boolean direct = router.forCustomId(event.getComponentId()).map(GatewayCommand::acceptsDirect).orElse(false);
        take(event, direct, caller -> !onItsMessage(event) ? Outcome.refuse(NOT_ON_MESSAGE)
                : router.forCustomId(event.getComponentId())
                .map(c -> c.onComponent(new Calls.Component(event.getComponentId(), values, caller)))
                .orElseGet(() -> Outcome.refuse(CustomId.NOT_RECOGNISED)));
    }

    /**
     * Discord sends the message a component is on: the component belongs to it only if the message carries that
     * custom id. A custom id put on another message (a forged interaction) would act on the wrong message.
     */
    static boolean onItsMessage(ComponentInteraction event) {
        return !event.getMessage().getComponentTree().findAll(ActionComponent.class,
                c -> event.getComponentId().equals(c.getCustomId())).isEmpty();
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        Map<String, String> fields = new LinkedHashMap<>();
        event.getValues().forEach(v -> fields.put(v.getCustomId(), v.getAsString()));
        boolean direct = router.forCustomId(event.getModalId()).map(GatewayCommand::acceptsDirect).orElse(false);
        take(event, direct, caller -> router.forCustomId(event.getModalId())
                .map(c -> c.onForm(new Calls.Form(event.getModalId(), fields, caller)))
                .orElseGet(() -> Outcome.refuse("This form is not available any more.")));
    }

    /** The servers a member shares with the bot (their ids) and the member's roles in each, from JDA's cache. */
    private static List<String> memberships(Interaction event) {
        List<String> out = new java.util.ArrayList<>();
        for (var guild : event.getJDA().getMutualGuilds(event.getUser())) {
            Member m = guild.getMember(event.getUser());
            out.add(guild.getId());
            if (m != null) {
                m.getRoles().forEach(r -> out.add(r.getId()));
            }
        }
        return out;
    }

    /** The options as Discord typed them; a user option's value is the user's id. */
    private static Options options(SlashCommandInteractionEvent event) {
        Map<String, Options.Option> out = new LinkedHashMap<>();
        for (OptionMapping o : event.getOptions()) {
            Options.Kind kind = switch (o.getType()) {
                case STRING -> Options.Kind.STRING;
                case INTEGER -> Options.Kind.INTEGER;
                case BOOLEAN -> Options.Kind.BOOLEAN;
                case USER -> Options.Kind.USER;
                case CHANNEL -> Options.Kind.CHANNEL;
                case ROLE -> Options.Kind.ROLE;
                case NUMBER -> Options.Kind.NUMBER;
                default -> Options.Kind.OTHER;
            };
            out.put(o.getName(), new Options.Option(kind, o.getAsString(), kind != Options.Kind.USER ? null
                    : o.getAsMember() != null ? o.getAsMember().getEffectiveName() : o.getAsUser().getEffectiveName()));
        }
        return new Options(out);
    }

    private <E extends Interaction & IReplyCallback> void take(E event, Function<Caller, Outcome> translation) {
        take(event, false, translation);
    }

    /**
     * @param direct whether the interaction may come from the bot's DM with a member (a DM ballot): its caller has no
     *               guild, and its roles are those of every server the member shares with the bot, each server's id
     *               among them (its @everyone role), so the service, which takes the guild from what was clicked,
     *               checks membership and roles without trusting the DM
     */
    private <E extends Interaction & IReplyCallback> void take(E event, boolean direct,
                                                               Function<Caller, Outcome> translation) {
        Instant received = Instant.now();
        StepTimers.since(deliveredTimer, event.getTimeCreated().toInstant());
        if (event.getGuild() == null && !direct) {
            refuse(event, "The platform's commands work inside a server.");
            return;
        }
        InteractionRef ref = new InteractionRef(event.getJDA().getSelfUser().getApplicationId(), event.getId(),
                event.getToken(), event.getChannelId(), event.getUser().getId(), event.getUserLocale().getLocale(),
                event.getTimeCreated().toInstant(),
                event instanceof ComponentInteraction c ? c.getMessageId() : null);
        Member member = event.getMember();
        String shownAs = member != null ? member.getEffectiveName() : event.getUser().getEffectiveName();
        Caller caller = event.getGuild() == null ? new Caller(null, ref, memberships(event), 0, shownAs)
                : new Caller(event.getGuild().getId(), ref,
                member == null ? List.of() : member.getRoles().stream().map(ISnowflake::getId).toList(),
                member == null ? 0 : Permission.getRaw(member.getPermissions()), shownAs);
        Outcome outcome;
        try {
            outcome = translation.apply(caller);
        } catch (Options.BadOption e) {
            outcome = Outcome.refuse(e.getMessage());
        } catch (RuntimeException e) {
            log.warn("interaction {} could not be translated", ref, e);
            outcome = Outcome.refuse("This did not work: " + e.getMessage());
        }
        switch (outcome) {
            case Outcome.Refuse refuse -> refuse(event, refuse.reason());
            case Outcome.Tell tell -> {
                count("told");
                event.reply(tell.text()).setEphemeral(true).queue(ok -> { }, f -> log.warn("answer not delivered", f));
            }
            case Outcome.OpenForm form -> {
                count("form");
                ((IModalCallback) event).replyModal(form.modal()).queue(ok -> { }, failure -> log.warn(
                        "form for {} not opened", ref, failure));
            }
            case Outcome.Send send -> {
                if (!recorder.record(new InteractionRecorder.Pending(ref, send, received, replies(event, ref,
                        received)))) {
                    count("not-recorded");
                    event.reply(InteractionRecorder.STOPPING).setEphemeral(true).queue(ok -> { }, f -> log.warn(
                            "could not tell {} that the platform is stopping", ref, f));
                }
            }
        }
    }

    private <E extends Interaction & IReplyCallback> InteractionRecorder.Replies replies(E event, InteractionRef ref,
                                                                                       Instant received) {
        return new InteractionRecorder.Replies() {
            @Override
            public void acknowledge(Outcome.Ack ack) {
                var request = switch (ack) {
                    case REPLY -> event.deferReply(false);
                    case EPHEMERAL_REPLY -> event.deferReply(true);
                    case UPDATE -> event instanceof IMessageEditCallback edit ? edit.deferEdit()
                            : event.deferReply(true);
                };
                request.queue(ok -> StepTimers.since(ackTimer, received), f -> {
                    // recorded all the same: its outcome reaches the member in the channel or by DM
                    count("recorded-not-acknowledged");
                    log.warn("interaction {} recorded but not acknowledged in time", ref, f);
                });
            }

            @Override
            public void refuse(String text) {
                event.reply(text).setEphemeral(true).queue(ok -> { }, f -> log.warn(
                        "could not tell {}: {}", ref, text, f));
            }
        };
    }

    private void refuse(IReplyCallback event, String reason) {
        count("refused");
        event.reply("⚠️ " + reason).setEphemeral(true).queue(ok -> { }, f -> log.warn("refusal not delivered", f));
    }

    private void count(String outcome) {
        meters.counter("gateway.interactions", "outcome", outcome).increment();
    }
}
