package community.platform.raid.plan;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.ActionPerformed;
import community.platform.contracts.discord.CreateRole;
import community.platform.contracts.discord.DeleteRole;
import community.platform.contracts.discord.DiscordAction;
import community.platform.contracts.discord.ModerateMember;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A raid's temporary role ("Raid #3 · Crypt of Ash"): asked for when the raid is planned (created, or the guild's role
 * of that name reused, so a retried request leaves one), given to every member who voted a day and a time and taken
 * from a member who withdraws; deleted (members lose it with it) when the raid finishes, is cancelled or goes stale.
 * Votes that came before the gateway reported the role get it when the report comes; a raid closed before then has its
 * role deleted at once.
 */
@Component
class RaidRoles extends TypedHandler<ActionPerformed> {

    static final int NAME_MAX = 100;

    private final RaidRepository raids;
    private final OutboxWriter outbox;

    RaidRoles(RaidRepository raids, OutboxWriter outbox) {
        super(Topics.DISCORD_EVENTS, MessageCatalog.ACTION_PERFORMED);
        this.raids = raids;
        this.outbox = outbox;
    }

    /** The role of a raid being planned: the action's id, stored with the raid to know the report. */
    UUID ask(long guildId, String title, Delivery delivery) {
        String name = title.length() > NAME_MAX ? title.substring(0, NAME_MAX) : title;
        return outbox.appendAction(delivery, "raid-role", new CreateRole(Long.toString(guildId), name,
                "temporary role of " + name));
    }

    @Override
    public void handle(ActionPerformed fact, Delivery delivery) {
        if (fact.roleId() == null) {
            return;
        }
        DiscordAction.requestedBy("raid", fact.requester(), fact.actionId()).flatMap(raids::lockByRoleAction)
                .filter(r -> r.roleId() == null).ifPresent(r -> {
                    long role = Long.parseLong(fact.roleId());
                    raids.roleIs(r.raidId(), role);
                    Raid known = raids.lock(r.raidId(), r.guildId()).orElseThrow();
                    if (!r.open()) {
                        delete(known, delivery, "");
                        return;
                    }
                    for (Vote v : raids.votes(r.raidId())) {
                        if (v.full()) {
                            give(known, v.memberId(), true, delivery);
                        }
                    }
                });
    }

    /** A member's vote changed: the role given when it became full, taken when it no longer is. */
    void voteChanged(Raid r, Vote before, Vote after, Delivery delivery) {
        if (r.roleId() != null && before.full() != after.full()) {
            give(r, after.memberId(), after.full(), delivery);
        }
    }

    /** The raid closed: its role deleted (once reported; else when the report comes). */
    void closed(Raid r, Delivery delivery, String prefix) {
        if (r.roleId() != null) {
            delete(r, delivery, prefix);
        }
    }

    private void give(Raid r, long member, boolean add, Delivery delivery) {
        outbox.appendAction(delivery, "raid-role-" + member, new ModerateMember(Long.toString(r.guildId()),
                Long.toString(member), add ? ModerateMember.Kind.ADD_ROLE : ModerateMember.Kind.REMOVE_ROLE,
                Long.toString(r.roleId()), 0, (add ? "voted on " : "withdrew from ") + r.title()));
    }

    private void delete(Raid r, Delivery delivery, String prefix) {
        outbox.appendAction(delivery, prefix + "raid-role-deleted", new DeleteRole(Long.toString(r.guildId()),
                Long.toString(r.roleId()), r.title() + " closed"));
    }

    static List<Long> full(List<Vote> votes) {
        return votes.stream().filter(Vote::full).map(Vote::memberId).toList();
    }
}
