package community.platform.raid.plan;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.raid.RaidVoteChanged;
import community.platform.contracts.raid.VoteRaid;
import community.platform.raid.board.Board;
import community.platform.raid.board.Boards;
import community.platform.raid.board.Members;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code VoteRaid}: a member's days or times (the raid row locked, so votes of one raid apply in order); the member
 * reads privately what they can make; the raid's message is marked out of date and ONE edit armed for all the votes
 * that come meanwhile (the raid list likewise); the raid's role is given when the vote becomes full (a day and a time)
 * and taken when it no longer is; the member is on the roster with the name they voted under. A finished or cancelled
 * raid refuses the vote privately; options it lacks are refused.
 */
@Component
class VoteRaidHandler extends TypedHandler<VoteRaid> {

    private final RaidRepository raids;
    private final RaidRoles roles;
    private final Boards boards;
    private final Members members;
    private final RaidClock clock;
    private final OutboxWriter outbox;

    VoteRaidHandler(RaidRepository raids, RaidRoles roles, Boards boards, Members members, RaidClock clock,
                    OutboxWriter outbox) {
        super(Topics.RAID_COMMANDS, MessageCatalog.VOTE_RAID);
        this.raids = raids;
        this.roles = roles;
        this.boards = boards;
        this.members = members;
        this.clock = clock;
        this.outbox = outbox;
    }

    @Override
    public void handle(VoteRaid command, Delivery delivery) {
        Optional<Raid> found = raids.lock(Long.parseLong(command.raidId()), Long.parseLong(command.guildId()));
        if (found.isEmpty()) {
            outbox.privately(delivery, command.guildId(), command.interaction(), RaidRenderer.NOT_IN_THIS_SERVER);
            return;
        }
        Raid r = found.get();
        if (!r.open()) {
            outbox.privately(delivery, command.guildId(), command.interaction(), "⚠️ The raid on " + r.dungeon()
                    + " is " + (r.status() == Raid.Status.FINISHED ? "finished" : "cancelled")
                    + ": votes are closed.");
            return;
        }
        int options = command.part() == VoteRaid.Part.DAY ? r.days().size() : r.times().size();
        if (command.values().stream().anyMatch(v -> v < 0 || v >= options)) {
            outbox.privately(delivery, command.guildId(), command.interaction(), "⚠️ That option is not on this"
                    + " raid.");
            return;
        }
        long member = Long.parseLong(command.interaction().userId());
        Vote before = raids.vote(r.raidId(), member).orElse(new Vote(member, null, List.of(), List.of()));
        List<Integer> picked = command.values().stream().sorted().toList();
        Vote after = new Vote(member, command.memberName() == null ? before.memberName() : command.memberName(),
                command.part() == VoteRaid.Part.DAY ? picked : before.days(),
                command.part() == VoteRaid.Part.TIME ? picked : before.times());
        Instant at = clock.at(command.interaction(), delivery);
        raids.saveVote(r.raidId(), after, at);
        if (r.messageId() == null && command.interaction().messageId() != null) {
            raids.shownIn(r.raidId(), Long.parseLong(command.interaction().messageId()));
        }
        if (raids.editPending(r.raidId())) {
            clock.armEdit(r, at, delivery);
        }
        roles.voteChanged(r, before, after, delivery);
        boards.changed(r.guildId(), Board.LIST, at, delivery);
        if (members.seen(r.guildId(), member, after.memberName())) {
            boards.changed(r.guildId(), Board.ROSTER, at, delivery);
        }
        outbox.append(delivery.derivedId("vote-changed"), Topics.RAID_EVENTS, command.raidId(), new RaidVoteChanged(
                command.guildId(), command.raidId(), Long.toString(member), after.days(), after.times(), at));
        outbox.privately(delivery, command.guildId(), command.interaction(), RaidRenderer.confirmed(r, after));
    }
}
