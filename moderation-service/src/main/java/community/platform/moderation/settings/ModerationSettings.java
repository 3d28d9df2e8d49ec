package community.platform.moderation.settings;

import community.platform.contracts.moderation.Moderator;

/**
 * A guild's moderation settings ({@code moderation_settings}; a guild without a row plays by the defaults).
 *
 * @param modChannel the moderation channel: each reported member gets one thread there (null: reports are answered
 *                   where they were made)
 */
public record ModerationSettings(Long moderatorRole, long moderatorPermission, VoteRules rules, int timeoutMinutes,
                                 Long restrictRole, int warningsToEscalate, int warningsDays, Long modChannel) {

    /** MANAGE_GUILD: who may change the settings. */
    public static final long MANAGE_SERVER = 1L << 5;

    /** Members with the moderator role or the moderator permission moderate. */
    public boolean moderates(Moderator m) {
        return m != null && ((moderatorRole != null && m.roleIds().contains(Long.toString(moderatorRole)))
                || m.has(moderatorPermission));
    }
}
