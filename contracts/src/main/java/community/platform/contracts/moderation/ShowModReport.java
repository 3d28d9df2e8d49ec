package community.platform.contracts.moderation;

import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;

/** {@code /modreport member}: a member's escalations, votes and resolutions. Keyed by {@code <guildId>:<memberId>}. */
public record ShowModReport(String guildId, String memberId, Moderator moderator, InteractionRef interaction)
        implements Message, FromInteraction {
}
