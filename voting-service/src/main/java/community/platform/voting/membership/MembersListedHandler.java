package community.platform.voting.membership;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.MembersListed;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.TypedHandler;
import org.springframework.stereotype.Component;

/**
 * {@code discord.MembersListed}: the gateway's listing of a guild's members, chunk by chunk, gives its member count
 * and who they are (the members a DM ballot goes to).
 */
@Component
class MembersListedHandler extends TypedHandler<MembersListed> {

    private final MembershipRepository membership;

    MembersListedHandler(MembershipRepository membership) {
        super(Topics.DISCORD_EVENTS, MessageCatalog.MEMBERS_LISTED);
        this.membership = membership;
    }

    @Override
    public void handle(MembersListed listed, Delivery delivery) {
        membership.chunk(Long.parseLong(listed.guildId()), listed.snapshotId(), listed.chunk(), listed.chunks(),
                listed.userIds().stream().map(Long::valueOf).toList(), listed.at());
    }
}
