package community.platform.contracts.discord;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A message a service wants shown on Discord: content, embeds, select menus (each on its own row, above the buttons),
 * rows of buttons, and files (a chart) an embed can show with {@code attachment://<filename>}. Services describe it;
 * only the gateway turns it into a Discord request. Mentions in it never ping anyone.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DiscordMessage(String content, List<Embed> embeds, List<Select> selects, List<List<Button>> rows,
                             List<Attachment> attachments) {

    /** Discord shows at most five rows of components on a message: selects and button rows together. */
    public static final int MAX_ROWS = 5;

    /** Discord's limit on a message's content, in characters. */
    public static final int CONTENT_MAX = 2000;

    public DiscordMessage {
        embeds = embeds == null ? List.of() : List.copyOf(embeds);
        selects = selects == null ? List.of() : List.copyOf(selects);
        rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        if (selects.size() + rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException("a message has at most " + MAX_ROWS + " rows of components");
        }
    }

    public DiscordMessage(String content, List<Embed> embeds, List<List<Button>> rows) {
        this(content, embeds, List.of(), rows, List.of());
    }

    public static DiscordMessage text(String content) {
        return new DiscordMessage(content, List.of(), List.of());
    }

    /** A text of any length, cut to {@link #CONTENT_MAX} with "…" at its end when longer. */
    public static DiscordMessage cutText(String content) {
        return text(content.length() > CONTENT_MAX ? content.substring(0, CONTENT_MAX - 1) + "…" : content);
    }

    public static DiscordMessage embed(Embed embed, List<List<Button>> rows) {
        return new DiscordMessage(null, List.of(embed), rows);
    }

    /** @param image an image shown in the embed: {@code attachment://<filename>} of one of the message's files */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Embed(String title, String description, Integer color, List<Field> fields, String footer,
                        String image) {
        public Embed {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }

        public Embed(String title, String description, Integer color, List<Field> fields, String footer) {
            this(title, description, color, fields, footer, null);
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

    /**
     * A string select menu on its own row: up to 25 options, of which a member picks {@code minValues} to
     * {@code maxValues}. Like a button's, its custom id names the entity it acts on.
     */
    public record Select(String customId, String placeholder, int minValues, int maxValues, List<Option> options,
                         boolean disabled) {

        /** Discord's limit of options in one select menu. */
        public static final int MAX_OPTIONS = 25;

        public Select {
            options = List.copyOf(options);
            if (options.isEmpty() || options.size() > MAX_OPTIONS) {
                throw new IllegalArgumentException("a select has 1 to " + MAX_OPTIONS + " options");
            }
            if (minValues < 0 || maxValues < Math.max(1, minValues) || maxValues > options.size()) {
                throw new IllegalArgumentException("a select picks between min and max values, at most its options");
            }
        }

        /** One option: what the member reads, and the value the click sends. */
        public record Option(String label, String value) {
        }
    }

    /**
     * A file sent with the message (a PNG chart). Its bytes travel base64-encoded in the action, so they stay small
     * (the schema allows 512 KiB); Discord's own limit per file is 10 MiB.
     */
    public record Attachment(String filename, String description, byte[] data) {
        public Attachment {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Attachment a && a.filename.equals(filename)
                    && java.util.Objects.equals(a.description, description) && java.util.Arrays.equals(a.data, data);
        }

        @Override
        public int hashCode() {
            return filename.hashCode() * 31 + java.util.Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "Attachment[" + filename + ", " + data.length + " bytes]";
        }
    }
}
