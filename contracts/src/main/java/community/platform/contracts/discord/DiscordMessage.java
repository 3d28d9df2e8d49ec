package community.platform.contracts.discord;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A message a service wants shown on Discord: content, embeds and rows of buttons. Services describe it; only the
 * gateway turns it into a Discord request. Mentions in it never ping anyone.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DiscordMessage(String content, List<Embed> embeds, List<List<Button>> rows) {

    public DiscordMessage {
        embeds = embeds == null ? List.of() : List.copyOf(embeds);
        rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
    }

    public static DiscordMessage text(String content) {
        return new DiscordMessage(content, List.of(), List.of());
    }

    public static DiscordMessage embed(Embed embed, List<List<Button>> rows) {
        return new DiscordMessage(null, List.of(embed), rows);
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Embed(String title, String description, Integer color, List<Field> fields, String footer) {
        public Embed {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    public record Field(String name, String value, boolean inline) {
    }

    /**
     * A button. Its custom id names the entity it acts on ({@code voting:ballot:<proposalId>:yes}), so it keeps working
     * after any restart: nothing about it lives in memory.
     */
    public record Button(String customId, String label, Style style, boolean disabled) {
        public enum Style { PRIMARY, SECONDARY, SUCCESS, DANGER }
    }
}
