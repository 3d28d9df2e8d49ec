package community.platform.discord.emulator.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * An interaction a member made, with its acknowledgement. Discord's rules: acknowledged once, within 3 seconds; its
 * webhook (the token) answers for 15 minutes.
 */
public final class Interaction {
    public static final int APPLICATION_COMMAND = 2;
    public static final int MESSAGE_COMPONENT = 3;
    public static final int MODAL_SUBMIT = 5;

    /** The callback types of Discord's interaction response. */
    public enum Ack {
        NONE(0), REPLY(4), DEFER_REPLY(5), DEFER_UPDATE(6), UPDATE(7), MODAL(9);

        public final int code;

        Ack(int code) {
            this.code = code;
        }

        public static Ack of(int code) {
            for (Ack a : values()) {
                if (a.code == code && a != NONE) {
                    return a;
                }
            }
            return null;
        }
    }

    public final long id;
    public final String token;
    public final int type;
    public final long guildId;
    public final long channelId;
    public final long userId;
    public final Instant createdAt;
    public final ObjectNode data;
    /** for components: the message the component is on */
    public final Message sourceMessage;
    public volatile Ack ack = Ack.NONE;
    public volatile Instant ackedAt;
    public volatile boolean ephemeral;
    /** the reply message (type 4 or 5), or the source message for component updates */
    public volatile Message original;
    public final List<Message> followups = new ArrayList<>();
    /** a modal the bot opened in answer, as sent */
    public volatile ObjectNode modal;

    public Interaction(long id, String token, int type, long guildId, long channelId, long userId, Instant createdAt,
                       ObjectNode data, Message sourceMessage) {
        this.id = id;
        this.token = token;
        this.type = type;
        this.guildId = guildId;
        this.channelId = channelId;
        this.userId = userId;
        this.createdAt = createdAt;
        this.data = data;
        this.sourceMessage = sourceMessage;
    }
}
