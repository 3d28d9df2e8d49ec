package community.platform.gateway.action;

import community.platform.contracts.discord.CountReactions;
import community.platform.contracts.discord.CreateChannel;
import community.platform.contracts.discord.CreateRole;
import community.platform.contracts.discord.DeleteRole;
import community.platform.contracts.discord.PostInThread;
import community.platform.contracts.discord.PurgeMessages;
import community.platform.contracts.discord.DeleteChannelMessage;
import community.platform.contracts.discord.DiscordAction;
import community.platform.contracts.discord.EditChannelMessage;
import community.platform.contracts.discord.EditInteractionReply;
import community.platform.contracts.discord.ModerateMember;
import community.platform.contracts.discord.SendChannelMessage;
import community.platform.contracts.discord.SendDirectMessage;
import community.platform.contracts.discord.SendInteractionFollowup;
import community.platform.contracts.discord.TrackReactions;
import community.platform.gateway.discord.DiscordConnection;
import community.platform.gateway.events.Reconciliation;
import community.platform.gateway.events.TrackedMessages;
import community.platform.gateway.interaction.RecordedInteractions;
import java.util.UUID;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * Performs one Discord action through JDA and waits for Discord's answer (JDA waits out 429s by itself, per route).
 * Returns what was done; throws {@link ActionFailed} saying whether trying again could help.
 */
public final class ActionPerformer {

    private final DiscordConnection discord;
    private final TrackedMessages tracked;
    private final Reconciliation reconciliation;
    private final LateAnswers lateAnswers;
    private final DirectMessages directMessages;

    public ActionPerformer(DiscordConnection discord, TrackedMessages tracked, Reconciliation reconciliation,
                           RecordedInteractions interactions, double dmPerSecond, int dmBurst) {
        this.discord = discord;
        this.tracked = tracked;
        this.reconciliation = reconciliation;
        this.lateAnswers = new LateAnswers(interactions);
        this.directMessages = new DirectMessages(dmPerSecond, dmBurst);
    }

    /** Waits until the Discord session is ready, so that actions find their guilds and channels. */
    public void awaitReady() throws InterruptedException {
        discord.awaitReady();
    }

    /**
     * What an action did: in words, and the message it posted or edited when it is about one (else null); and the
     * action it handed the rest to (else null), which is written with this one's record, so it is done once.
     */
    public record Performed(String outcome, String messageId, String channelId, String roleId,
                            DiscordAction handedTo) {
        Performed(String outcome, String messageId, String channelId, String roleId) {
            this(outcome, messageId, channelId, roleId, null);
        }

        Performed(String outcome, String messageId, String channelId) {
            this(outcome, messageId, channelId, null);
        }

        Performed(String outcome, String messageId) {
            this(outcome, messageId, null);
        }

        static Performed of(String outcome) {
            return new Performed(outcome, null, null);
        }
    }

    public Performed perform(DiscordAction action, UUID actionId) {
        JDA jda;
        try {
            jda = discord.jda();
        } catch (IllegalStateException e) {
            throw new ActionFailed(true, e.getMessage());
        }
        try {
            return switch (action) {
                case EditInteractionReply a -> {
                    try {
                        String shown = InteractionHook.from(jda, a.interaction().token())
                                .editOriginal(DiscordMessages.edit(a.message())).complete().getId();
                        yield new Performed("edited the reply, message " + shown, shown);
                    } catch (ErrorResponseException e) {
                        yield lateAnswers.answer(jda, e, a.guildId(), a.interaction(), a.message(), true, actionId);
                    }
                }
                case SendInteractionFollowup a -> {
                    try {
                        InteractionHook.from(jda, a.interaction().token()).setEphemeral(a.ephemeral())
                                .sendMessage(DiscordMessages.create(a.message())).complete();
                        yield Performed.of("sent a follow-up");
                    } catch (ErrorResponseException e) {
                        // a follow-up reports no message of its own, only what became of it
                        Performed late = lateAnswers.answer(jda, e, a.guildId(), a.interaction(), a.message(),
                                false, actionId);
                        yield new Performed(late.outcome(), null, null, null, late.handedTo());
                    }
                }
                case SendChannelMessage a -> ChannelActions.post(jda, a, actionId);
                case PostInThread a -> ThreadActions.post(jda, a, actionId);
                case CreateChannel a -> ChannelActions.create(jda, a);
                case CreateRole a -> RoleActions.create(guild(jda, a.guildId()), a);
                case DeleteRole a -> Performed.of(RoleActions.delete(guild(jda, a.guildId()), a));
                case PurgeMessages a -> Performed.of(Purge.purge(jda, a, java.time.Clock.systemUTC()));
                case CountReactions a -> {
                    int counting = reconciliation.count(a);
                    if (counting < 0) {
                        throw ActionFailed.notSeenYet(10004, "the session has no guild " + a.guildId() + " yet");
                    }
                    yield Performed.of("counting the reactions of " + counting + " messages");
                }
                case EditChannelMessage a -> {
                    channel(jda, a.guildId(), a.channelId()).editMessageById(a.messageId(),
                            DiscordMessages.edit(a.message())).complete();
                    yield new Performed("edited message " + a.messageId(), a.messageId());
                }
                case DeleteChannelMessage a -> Performed.of(delete(jda, a));
                case SendDirectMessage a -> Performed.of(directMessages.send(jda, a, actionId));
                case ModerateMember a -> Performed.of(MemberActions.moderate(guild(jda, a.guildId()), a));
                case TrackReactions a -> {
                    if (a.track()) {
                        tracked.track(a.guildId(), a.channelId(), a.messageId(), a.emoji());
                    } else {
                        tracked.untrack(a.messageId());
                    }
                    yield Performed.of((a.track() ? "tracking" : "no longer tracking") + " the reactions of "
                            + a.messageId());
                }
                default -> throw new ActionFailed(false, "no way to perform " + action.getClass().getSimpleName());
            };
        } catch (ErrorResponseException e) {
            // 5xx and network failures may pass; any other Discord error will answer the same way again
            boolean passing = e.isServerError() || e.getErrorResponse() == ErrorResponse.SERVER_ERROR;
            if (passing) {
                throw new ActionFailed(true, "Discord answered " + e.getErrorCode() + " " + e.getMeaning());
            }
            boolean missing = e.getErrorResponse() == ErrorResponse.MISSING_PERMISSIONS;
            throw ActionFailed.refused(e.getErrorCode(), "Discord refused it: " + e.getMeaning() + " ("
                    + e.getErrorCode() + ")" + (missing ? "; the bot needs " + needed(action).getName()
                    + " and a role above the member's" : ""), missing ? needed(action).getName() : null);
        } catch (ActionFailed e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ActionFailed(true, "interrupted while waiting for the DM pace");
        } catch (RuntimeException e) {
            throw ActionFailed.raisedByJda(e);
        }
    }

    /** The permission an action needs, named when Discord answers 50013 without saying which. */
    static Permission needed(DiscordAction action) {
        return switch (action) {
            case ModerateMember m -> switch (m.kind()) {
                case TIMEOUT -> Permission.MODERATE_MEMBERS;
                case KICK -> Permission.KICK_MEMBERS;
                case BAN -> Permission.BAN_MEMBERS;
                case ADD_ROLE, REMOVE_ROLE -> Permission.MANAGE_ROLES;
            };
            case DeleteChannelMessage d -> Permission.MESSAGE_MANAGE;
            case SendChannelMessage s -> Permission.MESSAGE_SEND;
            case PostInThread t -> Permission.CREATE_PUBLIC_THREADS;
            case CreateChannel c -> Permission.MANAGE_CHANNEL;
            case CreateRole c -> Permission.MANAGE_ROLES;
            case DeleteRole d -> Permission.MANAGE_ROLES;
            case PurgeMessages p -> Permission.MESSAGE_MANAGE;
            default -> Permission.VIEW_CHANNEL;
        };
    }

    /** Discord's nonce (at most 25 characters) derived from the action id: the same action posts once. */
    static String nonce(UUID actionId) {
        return Long.toUnsignedString(actionId.getMostSignificantBits() ^ actionId.getLeastSignificantBits(), 36);
    }

    static Guild guild(JDA jda, String guildId) {
        Guild g = jda.getGuildById(guildId);
        if (g == null) {
            // passing: right after the bot joins, Discord's event may not have arrived yet; lasting, it is Discord's
            // Unknown Guild
            throw ActionFailed.notSeenYet(10004, "the bot is not in guild " + guildId);
        }
        return g;
    }

    static GuildMessageChannel channel(JDA jda, String guildId, String channelId) {
        GuildMessageChannel c = guild(jda, guildId).getChannelById(GuildMessageChannel.class, channelId);
        if (c == null) {
            // passing: a channel created a moment ago may not have reached the cache yet; lasting, it is Discord's
            // Unknown Channel
            throw ActionFailed.notSeenYet(10003, "no text channel " + channelId + " in guild " + guildId);
        }
        return c;
    }

    private static String delete(JDA jda, DeleteChannelMessage a) {
        try {
            var request = channel(jda, a.guildId(), a.channelId()).deleteMessageById(a.messageId());
            if (a.reason() != null) {
                request = request.reason(a.reason());
            }
            request.complete();
            return "deleted message " + a.messageId();
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() == ErrorResponse.UNKNOWN_MESSAGE) {
                return "message " + a.messageId() + " was already gone";
            }
            throw e;
        }
    }
}
