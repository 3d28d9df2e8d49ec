package community.platform.gateway.action;

import java.util.Set;

/**
 * Which of the gateway's two consumers of {@code discord.actions} performs an action, by its type: Discord paces some
 * actions per guild or per user far below the rest (a member's roles about 10 per 10 s per guild, opening DM channels
 * 10 per 10 s), and a poll is acknowledged only when all its actions are done, so 200 role grants of a raid would hold
 * back every raid edit and reply behind them for minutes. Each lane is its own consumer group reading the whole topic
 * and taking only its own types, so the prompt lane never waits for the paced one; one key's actions keep their order
 * within a lane.
 */
public enum ActionLane {
    /** Replies, follow-ups, channel messages and edits, reactions, channels and roles created: answered at once. */
    PROMPT,
    /** Direct messages and changes to members (roles, timeouts, kicks, bans): paced by Discord per guild or user. */
    PACED;

    static final Set<String> PACED_TYPES = Set.of("discord.SendDirectMessage.v1", "discord.ModerateMember.v1");

    /** Whether this lane performs an action of this type (an unreadable type: the prompt lane, which dead-letters it). */
    public boolean takes(String type) {
        boolean paced = type != null && PACED_TYPES.contains(type);
        return this == PACED ? paced : !paced;
    }
}
