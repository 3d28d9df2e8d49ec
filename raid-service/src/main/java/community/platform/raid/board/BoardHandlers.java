package community.platform.raid.board;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.ActionPerformed;
import community.platform.contracts.discord.ActionRefused;
import community.platform.contracts.discord.DiscordAction;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.MemberPermissions;
import community.platform.contracts.discord.MessageDeleted;
import community.platform.contracts.raid.PostRaidBoard;
import community.platform.contracts.scheduler.TimerFired;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

/**
 * What keeps the boards: {@code /raidlist} posting one, their edit timers, the gateway's reports of their posts, and
 * their deletion.
 */
final class BoardHandlers {

    private BoardHandlers() {
    }

    /** {@code /raidlist}: the board posted in the command's channel, by members who may manage the server. */
    @Component
    static class Post extends TypedHandler<PostRaidBoard> {
        private final Boards boards;
        private final OutboxWriter outbox;

        Post(Boards boards, OutboxWriter outbox) {
            super(Topics.RAID_COMMANDS, MessageCatalog.POST_RAID_BOARD);
            this.boards = boards;
            this.outbox = outbox;
        }

        @Override
        public void handle(PostRaidBoard command, Delivery delivery) {
            String answer = MemberPermissions.managesServer(Long.parseLong(command.permissions()))
                    ? boards.show(Long.parseLong(command.guildId()), switch (command.board()) {
                        case LIST -> Board.LIST;
                        case ROSTER -> Board.ROSTER;
                    }, Long.parseLong(command.interaction().channelId()), delivery)
                    : "⚠️ Only members who may manage the server post the raid list and the roster.";
            outbox.reply(delivery, command.guildId(), command.interaction(), DiscordMessage.text(answer));
        }
    }

    /** A board's coalesced edit is due. */
    @Component
    static class Due extends TypedHandler<TimerFired> {
        private final Boards boards;

        Due(Boards boards) {
            super(Topics.RAID_COMMANDS, MessageCatalog.TIMER_FIRED);
            this.boards = boards;
        }

        @Override
        public void handle(TimerFired fired, Delivery delivery) {
            if (Boards.OWNER.equals(fired.owner())) {
                Board.ofTimer(fired.timerId()).ifPresent(b -> boards.due(Long.parseLong(fired.guildId()), b,
                        delivery));
            }
        }
    }

    /** The gateway posted a board: which message it is. */
    @Component
    static class Posted extends TypedHandler<ActionPerformed> {
        private final Boards boards;

        Posted(Boards boards) {
            super(Topics.DISCORD_EVENTS, MessageCatalog.ACTION_PERFORMED);
            this.boards = boards;
        }

        @Override
        public void handle(ActionPerformed fact, Delivery delivery) {
            if (fact.messageId() == null) {
                return;
            }
            DiscordAction.requestedBy("raid", fact.requester(), fact.actionId()).ifPresent(action -> {
                for (Board b : Board.values()) {
                    boards.posted(b, action, Long.parseLong(fact.messageId()), delivery);
                }
            });
        }
    }

    /** A board's message was deleted: posted again (also when the deletion comes before the post's report). */
    @Component
    static class Deleted extends TypedHandler<MessageDeleted> {
        private final Boards boards;

        Deleted(Boards boards) {
            super(Topics.DISCORD_EVENTS, MessageCatalog.MESSAGE_DELETED);
            this.boards = boards;
        }

        @Override
        public void handle(MessageDeleted fact, Delivery delivery) {
            boards.deleted(Long.parseLong(fact.guildId()), Long.parseLong(fact.channelId()),
                    Long.parseLong(fact.messageId()), delivery);
        }
    }

    /**
     * Discord refused a board's edit (the message unknown: deleted while the gateway was away): posted again; refused
     * its post (the channel gone, no permission): the board is dropped until {@code /raidlist} again.
     */
    @Component
    static class Refused extends TypedHandler<ActionRefused> {
        private final Boards boards;
        private final BoardRepository repository;

        Refused(Boards boards, BoardRepository repository) {
            super(Topics.DISCORD_EVENTS, MessageCatalog.ACTION_REFUSED);
            this.boards = boards;
            this.repository = repository;
        }

        @Override
        public void handle(ActionRefused fact, Delivery delivery) {
            DiscordAction.requestedBy("raid", fact.requester(), fact.actionId()).ifPresent(action -> {
                for (Board b : Board.values()) {
                    repository.guildOfEdit(b, action).ifPresent(guild -> boards.gone(guild, b, delivery));
                    repository.guildOfPost(b, action).ifPresent(guild -> boards.refused(guild, b));
                }
            });
        }
    }
}
