package community.platform.voting.wish;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.EditChannelMessage;
import community.platform.contracts.discord.SendDirectMessage;
import community.platform.contracts.scheduler.ConfigureJob;
import community.platform.contracts.voting.ManageWishes;
import community.platform.contracts.voting.WishDeclined;
import community.platform.contracts.voting.WishGranted;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import community.platform.voting.constitution.Constitution;
import community.platform.voting.time.CommandTime;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code ManageWishes}: top lists, summaries and syncs start a reconciliation with Discord and answer when it ends
 * ({@link WishSyncs}); an admin grants or declines a wish (its author told by DM, or in the suggestions channel when
 * their DMs are closed) or changes the settings. Members who may not manage the server are refused privately.
 */
@Component
class ManageWishesHandler extends TypedHandler<ManageWishes> {

    private final WishRepository wishes;
    private final WishSyncs syncs;
    private final CommandTime time;
    private final OutboxWriter outbox;

    ManageWishesHandler(WishRepository wishes, WishSyncs syncs, CommandTime time, OutboxWriter outbox) {
        super(Topics.VOTING_COMMANDS, MessageCatalog.MANAGE_WISHES);
        this.wishes = wishes;
        this.syncs = syncs;
        this.time = time;
        this.outbox = outbox;
    }

    @Override
    public void handle(ManageWishes command, Delivery delivery) {
        long guild = Long.parseLong(command.guildId());
        boolean manager = Constitution.manages(Long.parseLong(command.permissions()));
        boolean forManagers = switch (command.action()) {
            case SYNC, GRANT, DECLINE, SETTINGS -> true;
            case TOP, SUMMARY -> false;
        };
        if (forManagers && !manager) {
            refuse(command, delivery, WishRules.MANAGERS_ONLY);
            return;
        }
        Instant at = time.of(command.interaction(), delivery);
        String syncId = WishSyncs.PREFIX + command.interaction().interactionId();
        WishSettings settings = wishes.settings(guild);
        switch (command.action()) {
            case SYNC -> syncs.start(syncId, guild, WishSyncs.Purpose.SYNC, command, wishes.open(guild, null), at,
                    delivery);
            case SUMMARY -> syncs.start(syncId, guild, WishSyncs.Purpose.SUMMARY, command, wishes.open(guild, null),
                    at, delivery);
            case TOP -> {
                Optional<String> category = WishRules.category(settings.categories(), command.category());
                if (category.isEmpty()) {
                    refuse(command, delivery, "\"" + command.category() + "\" is not a category here. The categories"
                            + " are: " + String.join(", ", settings.categories()) + ".");
                    return;
                }
                ManageWishes asked = new ManageWishes(command.guildId(), command.action(), command.interaction(),
                        command.permissions(), category.get(), command.page(), null, null, null, null, null);
                syncs.start(syncId, guild, WishSyncs.Purpose.TOP, asked, wishes.open(guild, category.get()), at,
                        delivery);
            }
            case GRANT, DECLINE -> decide(command, delivery, guild, at);
            case SETTINGS -> settings(command, delivery, guild, settings, at);
        }
    }

    private void decide(ManageWishes command, Delivery delivery, long guild, Instant at) {
        Optional<Wish> found = wishes.lockByNumber(guild, command.wish());
        if (found.isEmpty()) {
            refuse(command, delivery, "This server has no Wish #" + command.wish() + ".");
            return;
        }
        Wish w = found.get();
        boolean grant = command.action() == ManageWishes.Action.GRANT;
        if (grant && w.status() != Wish.Status.OPEN || !grant && (w.status() == Wish.Status.DECLINED
                || w.status() == Wish.Status.WITHDRAWN)) {
            refuse(command, delivery, w.name() + " is " + w.status().name().toLowerCase() + " already.");
            return;
        }
        String reason = command.reason() == null ? "no reason given" : command.reason();
        boolean changed = grant ? wishes.grant(w.wishId(), null, at) : wishes.decline(w.wishId(), reason, at);
        if (!changed) {
            refuse(command, delivery, w.name() + " changed meanwhile; look again.");
            return;
        }
        Wish decided = wishes.lockByNumber(guild, w.number()).orElseThrow();
        String admin = command.interaction().userId();
        outbox.append(delivery.derivedId("wish-decided"), Topics.VOTING_EVENTS, Long.toString(w.wishId()), grant
                ? new WishGranted(command.guildId(), Long.toString(w.wishId()), w.number(), w.votes(),
                WishGranted.By.ADMIN, admin, at)
                : new WishDeclined(command.guildId(), Long.toString(w.wishId()), w.number(), admin, reason, at));
        String board = Long.toString(w.channelId());
        if (decided.messageId() != null) {
            outbox.appendAction(delivery, "wish-shown", new EditChannelMessage(command.guildId(), board,
                    Long.toString(decided.messageId()), WishRenderer.wish(decided)));
        }
        outbox.appendAction(delivery, "wish-author", new SendDirectMessage(command.guildId(),
                Long.toString(w.authorId()), WishRenderer.decided(decided, null), board));
        outbox.reply(delivery, command.guildId(), command.interaction(), DiscordMessage.text((grant ? "✨ " : "")
                + w.name() + " is " + (grant ? "granted" : "declined: " + reason) + "; its author is told."));
    }

    private void settings(ManageWishes command, Delivery delivery, long guild, WishSettings now, Instant at) {
        if (command.channelId() == null && command.categories() == null && command.thresholdPercent() == null
                && command.summaryDay() == null) {
            outbox.reply(delivery, command.guildId(), command.interaction(), DiscordMessage.text(shown(now) + "."));
            return;
        }
        WishSettings next = new WishSettings(command.channelId() == null ? now.channelId()
                : Long.valueOf(command.channelId()), command.categories() == null ? now.categories()
                : command.categories(), command.thresholdPercent() == null ? now.thresholdPercent()
                : command.thresholdPercent());
        wishes.saveSettings(guild, next, Long.parseLong(command.interaction().userId()), at);
        String schedule = "";
        if (command.summaryDay() != null) {
            // the scheduler runs each guild's weekly-summary on the guild's own schedule
            String[] hm = command.summaryTime().split(":");
            outbox.append(delivery.derivedId("summary-schedule"), Topics.SCHEDULER_COMMANDS, command.guildId(),
                    new ConfigureJob(command.guildId(), WeeklySummaryHandler.JOB, "0 " + Integer.parseInt(hm[1]) + " "
                            + Integer.parseInt(hm[0]) + " * * " + command.summaryDay(), command.zone(), true));
            schedule = " · the weekly summary every " + command.summaryDay() + " at " + command.summaryTime() + " "
                    + (command.zone() == null ? "UTC" : command.zone());
        }
        outbox.reply(delivery, command.guildId(), command.interaction(), DiscordMessage.text("✅ " + shown(next)
                + schedule + "."));
    }

    private static String shown(WishSettings s) {
        return "Wishes: suggestions channel " + (s.channelId() == null ? "not set" : "<#" + s.channelId() + ">")
                + " · categories " + String.join(", ", s.categories()) + " · a channel wish is granted at "
                + s.thresholdPercent() + "% of the members";
    }

    private void refuse(ManageWishes command, Delivery delivery, String reason) {
        outbox.reply(delivery, command.guildId(), command.interaction(), DiscordMessage.text("⚠️ " + reason));
    }
}
