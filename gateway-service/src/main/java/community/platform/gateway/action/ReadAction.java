package community.platform.gateway.action;

import community.platform.contracts.discord.DiscordAction;
import community.platform.runtime.messaging.BatchRecord;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An action read from its record of {@code discord.actions}: its id, the action, who asked for it, and when. */
record ReadAction(BatchRecord record, String type, UUID id, DiscordAction action, String requester, Instant written) {

    /** What is recorded once it is performed, with the earlier edits it replaces. */
    PerformedActions.Done done(List<ReadAction> replaces) {
        return new PerformedActions.Done(id, action.guildId(), type, requester == null ? "unknown" : requester,
                replaces.stream().map(r -> r.done(List.of())).toList());
    }
}
