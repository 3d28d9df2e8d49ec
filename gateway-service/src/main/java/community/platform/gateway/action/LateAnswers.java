package community.platform.gateway.action;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.InteractionRef;
import community.platform.contracts.discord.SendDirectMessage;
import community.platform.gateway.action.ActionPerformer.Performed;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.RecordedInteractions;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * An answer whose interaction token no longer works (over 15 minutes old, or the interaction was never acknowledged in
 * time) still reaches the member: a public reply is posted in the channel mentioning them, a clicked message is edited
 * as the bot's own message, anything private goes by DM (in the channel when DMs are closed), handed to the lane of
 * DMs. How the interaction was acknowledged ({@link RecordedInteractions}) says which.
 */
final class LateAnswers {

    static final String HANDED_TO_DMS = "token unusable: handed to the DM lane";

    private static final Set<ErrorResponse> TOKEN_UNUSABLE = EnumSet.of(ErrorResponse.UNKNOWN_WEBHOOK,
            ErrorResponse.INVALID_WEBHOOK_TOKEN, ErrorResponse.UNKNOWN_INTERACTION);

    private final RecordedInteractions interactions;

    LateAnswers(RecordedInteractions interactions) {
        this.interactions = interactions;
    }

    /**
     * @param e          what Discord answered the answer through the token; anything but an unusable token is
     *                   thrown again
     * @param editsReply whether the answer edits the interaction's reply (else it is a follow-up)
     */
    Performed answer(JDA jda, ErrorResponseException e, String guildId, InteractionRef ref, DiscordMessage message,
                     boolean editsReply, UUID actionId) {
        if (!TOKEN_UNUSABLE.contains(e.getErrorResponse())) {
            throw e;
        }
        Outcome.Ack ack = interactions.ackOf(ref.interactionId()).orElse(Outcome.Ack.EPHEMERAL_REPLY);
        if (editsReply && ack == Outcome.Ack.UPDATE && ref.messageId() != null) {
            ActionPerformer.channel(jda, guildId, ref.channelId()).editMessageById(ref.messageId(),
                    DiscordMessages.edit(message)).complete();
            return new Performed("token unusable: edited message " + ref.messageId(), ref.messageId());
        }
        if (editsReply && ack == Outcome.Ack.REPLY) {
            String posted = ActionPerformer.channel(jda, guildId, ref.channelId()).sendMessage(
                    DiscordMessages.createMentioning(message, ref.userId())).setNonce(ActionPerformer.nonce(actionId))
                    .complete().getId();
            return new Performed("token unusable: posted in channel " + ref.channelId(), posted);
        }
        // at the DMs' pace, in their own lane: the answers behind this one in its channel, and the other channels'
        // answers on this lane's threads, never wait for it (a burst of late clicks would hold them for minutes)
        return new Performed(HANDED_TO_DMS, null, null, null, new SendDirectMessage(guildId, ref.userId(), message,
                ref.channelId()));
    }
}
