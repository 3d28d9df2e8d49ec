package community.platform.contracts.raid;

import com.fasterxml.jackson.annotation.JsonInclude;
import community.platform.contracts.Message;
import community.platform.contracts.discord.FromInteraction;
import community.platform.contracts.discord.InteractionRef;
import java.util.List;

/**
 * {@code /template_config}'s form (members who may manage the server): a raid template of the guild saved under
 * {@code name} (replacing one of that name), which {@code /raidplan template:<name>} plans from; with {@code delete}
 * the template is removed. Keyed by {@code <guildId>:raids}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SaveTemplate(String guildId, String name, String dungeon,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> days,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> times,
                           @JsonInclude(JsonInclude.Include.NON_DEFAULT) int groupSize,
                           @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean delete,
                           InteractionRef interaction, String permissions) implements Message, FromInteraction {

    public SaveTemplate {
        days = days == null ? List.of() : List.copyOf(days);
        times = times == null ? List.of() : List.copyOf(times);
    }
}
