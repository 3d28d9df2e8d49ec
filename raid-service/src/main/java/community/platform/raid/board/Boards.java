package community.platform.raid.board;

import community.platform.contracts.discord.DeleteChannelMessage;
import community.platform.contracts.discord.EditChannelMessage;
import community.platform.contracts.discord.SendChannelMessage;
import community.platform.raid.guild.RaidGuildRepository;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.outbox.OutboxWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps a guild's raid list and roster messages current: a change marks the board out of date and arms ONE edit
 * ({@code raid:list-<guild>}, {@code raid:roster-<guild>}) for every change of a few seconds; the edit shows the board
 * as it is then. The message's id is stored once the gateway reports the post; a message someone deleted (the
 * gateway's {@code MessageDeleted}, or an edit Discord refuses as unknown) is posted again in its channel.
 */
@Component
public class Boards {

    static final String OWNER = "raid";

    private final BoardRepository boards;
    private final RaidGuildRepository guilds;
    private final OpenRaids openRaids;
    private final OutboxWriter outbox;
    private final Duration interval;

    Boards(BoardRepository boards, RaidGuildRepository guilds, OpenRaids openRaids, OutboxWriter outbox,
           @Value("${raid.edit-interval:3s}") Duration interval) {
        this.boards = boards;
        this.guilds = guilds;
        this.openRaids = openRaids;
        this.outbox = outbox;
        this.interval = interval;
    }

    /** Something a board shows changed: one edit armed, unless one is already (a guild without the board: nothing). */
    public void changed(long guildId, Board b, Instant at, Delivery delivery) {
        var kept = boards.lock(guildId, b);
        if (kept.isEmpty() || (kept.get().messageId() == null && kept.get().postAction() == null)) {
            return;
        }
        if (boards.pending(guildId, b)) {
            outbox.armTimer(delivery, b.prefix + "-clock", Long.toString(guildId), OWNER, b.timerId(guildId),
                    guildId + ":raids", at.plus(interval));
        }
    }

    /**
     * {@code /raidlist} (or its roster): the board posted in {@code channelId} (the old message, elsewhere, deleted),
     * or, when it is there already, edited now. Returns the private answer.
     */
    String show(long guildId, Board b, long channelId, Delivery delivery) {
        guilds.ensure(guildId);
        var kept = boards.lock(guildId, b).orElseThrow();
        String what = b == Board.LIST ? "raid list" : "roster";
        if (kept.messageId() != null && Long.valueOf(channelId).equals(kept.channelId())) {
            edit(guildId, b, kept, delivery);
            return "✅ The " + what + " in <#" + channelId + "> is up to date.";
        }
        if (kept.messageId() != null) {
            outbox.appendAction(delivery, b.prefix + "-moved", new DeleteChannelMessage(Long.toString(guildId),
                    Long.toString(kept.channelId()), Long.toString(kept.messageId()), "the " + what + " moved"));
        }
        post(guildId, b, channelId, delivery);
        return "✅ The " + what + " is posted in <#" + channelId + "> and kept current there.";
    }

    /** The board's edit timer fired: one edit with the board as it is now. */
    void due(long guildId, Board b, Delivery delivery) {
        boards.lock(guildId, b).ifPresent(kept -> {
            if (kept.messageId() != null) {
                edit(guildId, b, kept, delivery);
            }
        });
    }

    /**
     * The gateway posted the board: its message is kept; changes that came meanwhile are shown at once. A message
     * deleted before this report came is posted again.
     */
    void posted(Board b, UUID postAction, long messageId, Delivery delivery) {
        boards.guildOfPost(b, postAction).ifPresent(guildId -> {
            var kept = boards.lock(guildId, b).orElseThrow();
            switch (boards.posted(b, postAction, messageId)) {
                case KEPT -> {
                    if (kept.pending()) {
                        edit(guildId, b, new BoardRepository.Kept(kept.channelId(), messageId, postAction,
                                kept.editAction(), true), delivery);
                    }
                }
                case DELETED_EARLY -> post(guildId, b, kept.channelId(), delivery);
                case NOT_OURS -> { }
            }
        });
    }

    /**
     * A message was deleted: the board it is is posted again; a message of a channel whose board waits for the report
     * of its post is remembered, as the report may name it ({@link #posted}).
     */
    void deleted(long guildId, long channelId, long messageId, Delivery delivery) {
        for (Board b : Board.values()) {
            boards.guildOfMessage(b, messageId).ifPresentOrElse(guild -> gone(guild, b, delivery),
                    () -> boards.deletedEarly(b, guildId, channelId, messageId));
        }
    }

    /** The board's message is gone (deleted by someone, or unknown to Discord): posted again in its channel. */
    void gone(long guildId, Board b, Delivery delivery) {
        boards.lock(guildId, b).ifPresent(kept -> {
            if (kept.channelId() != null) {
                post(guildId, b, kept.channelId(), delivery);
            }
        });
    }

    /** Discord refused the board's post for good (the channel is gone, the bot may not write there). */
    void refused(long guildId, Board b) {
        boards.lock(guildId, b);
        boards.dropped(guildId, b);
    }

    private community.platform.contracts.discord.DiscordMessage render(long guildId, Board b) {
        return b == Board.LIST ? BoardRenderer.list(openRaids.lines(guildId)) : BoardRenderer.roster(
                boards.roster(guildId).stream().map(BoardRenderer::rosterLine).toList());
    }

    private void post(long guildId, Board b, long channelId, Delivery delivery) {
        UUID action = outbox.appendAction(delivery, b.prefix + "-post", new SendChannelMessage(Long.toString(guildId),
                Long.toString(channelId), render(guildId, b), true, java.util.List.of()));
        boards.posting(guildId, b, channelId, action);
    }

    private void edit(long guildId, Board b, BoardRepository.Kept kept, Delivery delivery) {
        UUID action = outbox.appendAction(delivery, b.prefix + "-edit", new EditChannelMessage(Long.toString(guildId),
                Long.toString(kept.channelId()), Long.toString(kept.messageId()), render(guildId, b)));
        boards.edited(guildId, b, action);
    }
}
