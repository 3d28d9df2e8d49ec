package community.platform.raid.plan;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.MemberJoined;
import community.platform.contracts.discord.MemberLeft;
import community.platform.raid.board.Board;
import community.platform.raid.board.Boards;
import community.platform.raid.board.Members;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import org.springframework.stereotype.Component;

/**
 * The gateway's member facts: a member who leaves the guild disappears from its open raids (their votes removed, each
 * raid's message edited once) and from the roster (Discord takes their roles with them); a member who joins is on the
 * roster (bots never are).
 */
final class MemberFactsHandler {

    private MemberFactsHandler() {
    }

    @Component
    static class Left extends TypedHandler<MemberLeft> {
        private final RaidRepository raids;
        private final Members members;
        private final Boards boards;
        private final RaidClock clock;

        Left(RaidRepository raids, Members members, Boards boards, RaidClock clock) {
            super(Topics.DISCORD_EVENTS, MessageCatalog.MEMBER_LEFT);
            this.raids = raids;
            this.members = members;
            this.boards = boards;
            this.clock = clock;
        }

        @Override
        public void handle(MemberLeft fact, Delivery delivery) {
            long guildId = Long.parseLong(fact.guildId());
            long member = Long.parseLong(fact.userId());
            java.time.Instant at = clock.at(null, delivery);
            for (long raidId : raids.dropVotes(guildId, member)) {
                raids.lock(raidId, guildId).filter(r -> raids.editPending(raidId))
                        .ifPresent(r -> clock.armEdit(r, at, delivery));
                boards.changed(guildId, Board.LIST, at, delivery);
            }
            if (members.left(guildId, member)) {
                boards.changed(guildId, Board.ROSTER, at, delivery);
            }
        }
    }

    @Component
    static class Joined extends TypedHandler<MemberJoined> {
        private final Members members;
        private final Boards boards;
        private final RaidClock clock;

        Joined(Members members, Boards boards, RaidClock clock) {
            super(Topics.DISCORD_EVENTS, MessageCatalog.MEMBER_JOINED);
            this.members = members;
            this.boards = boards;
            this.clock = clock;
        }

        @Override
        public void handle(MemberJoined fact, Delivery delivery) {
            if (!fact.bot() && members.seen(Long.parseLong(fact.guildId()), Long.parseLong(fact.userId()),
                    fact.name())) {
                boards.changed(Long.parseLong(fact.guildId()), Board.ROSTER, clock.at(null, delivery), delivery);
            }
        }
    }
}
