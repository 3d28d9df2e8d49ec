package community.platform.contracts.voting;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;
import java.util.List;

/**
 * {@code /wishes}: what {@code action} does: {@code TOP} a category's open wishes by stars ({@code page}), counts
 * reconciled with Discord first; {@code SUMMARY} the week's summary; {@code SYNC} reconciles every open wish with
 * Discord and says what it did; {@code GRANT} or {@code DECLINE} wish number {@code wish} ({@code reason}), telling its
 * author; {@code SETTINGS} the suggestions channel, the categories, the threshold of a channel wish and when the weekly
 * summary is posted ({@code summaryDay} MON-SUN, {@code summaryTime} HH:MM, in {@code zone}). Sync, status
 * changes and settings are for members who may manage the server ({@code permissions}). Keyed by
 * {@code <guildId>:wishes}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManageWishes(String guildId, Action action, InteractionRef interaction, String permissions,
                           String category, Integer page, Integer wish, String reason, String channelId,
                           List<String> categories, Integer thresholdPercent, String summaryDay, String summaryTime,
                           String zone) implements Message, FromInteraction {

    public enum Action { TOP, SUMMARY, SYNC, GRANT, DECLINE, SETTINGS }

    public ManageWishes {
        categories = categories == null ? null : List.copyOf(categories);
    }

    /** Any action but settings: no schedule. */
    public ManageWishes(String guildId, Action action, InteractionRef interaction, String permissions, String category,
                        Integer page, Integer wish, String reason, String channelId, List<String> categories,
                        Integer thresholdPercent) {
        this(guildId, action, interaction, permissions, category, page, wish, reason, channelId, categories,
                thresholdPercent, null, null, null);
    }
}
