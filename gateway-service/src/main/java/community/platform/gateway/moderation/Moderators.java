package community.platform.gateway.moderation;

import community.platform.contracts.Topics;
import community.platform.contracts.moderation.Moderator;
import community.platform.contracts.moderation.OpenEscalation;
import community.platform.gateway.interaction.Caller;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;

/**
 * What the moderation commands share. Who may moderate is the moderation service's guild setting: the gateway passes
 * the clicker's roles and permissions as Discord described them. Each escalation's id is the id of the interaction
 * that opened it, so one click opens one escalation however often it is delivered.
 */
final class Moderators {

    static final int MAX_REASON = 500;

    private Moderators() {
    }

    static Moderator of(Caller caller) {
        String name = caller.displayName() == null ? null : caller.displayName().substring(0,
                Math.min(NAME_MAX, caller.displayName().length()));
        return new Moderator(caller.userId(), caller.roleIds(), Long.toString(caller.permissions()), name);
    }

    /** Discord's display names are at most 32 characters; the contract takes 100. */
    static final int NAME_MAX = 100;

    /** @param memberName the name the server shows for the member (their case thread is named after it), if known */
    static Outcome open(Caller caller, String member, String messageId, String reason, String memberName) {
        String escalationId = caller.ref().interactionId();
        String name = memberName == null || memberName.isBlank() ? null
                : memberName.substring(0, Math.min(NAME_MAX, memberName.length()));
        return Outcome.send(Topics.MODERATION_COMMANDS, escalationId, new OpenEscalation(caller.guildId(),
                escalationId, member, messageId, reason, of(caller), caller.ref(), name), Ack.REPLY);
    }
}
