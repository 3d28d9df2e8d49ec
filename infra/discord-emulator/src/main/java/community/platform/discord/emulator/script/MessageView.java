package community.platform.discord.emulator.script;

import community.platform.discord.emulator.model.Message;
import community.platform.discord.emulator.model.World;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A message as a member sees it: text, embeds, select menus, buttons (with custom ids), files and reaction counts;
 * where it is ({@code channelId}: a channel's or a thread's id) and the thread started from it ({@code threadId}, the
 * message's own id, or null).
 */
public record MessageView(long id, long authorId, String content, List<EmbedView> embeds, List<SelectView> selects,
                          List<ButtonView> buttons, List<AttachmentView> attachments, boolean ephemeral,
                          Instant createdAt, Instant editedAt, Map<String, Integer> reactions, long channelId,
                          Long threadId) {

    /** @param image the URL of the embed's image (an attachment's once resolved), or null */
    public record EmbedView(String title, String description, List<String> fields, String image) {
    }

    /** A string select: what it says before a pick, how many to pick, its options (label, value). */
    public record SelectView(String customId, String placeholder, int minValues, int maxValues,
                             Map<String, String> options, boolean disabled) {
    }

    public record AttachmentView(String filename, String contentType, String url, byte[] data) {
    }

    public record ButtonView(String label, String customId, boolean disabled) {
    }

    static MessageView of(Message m, World w) {
        List<EmbedView> embeds = new ArrayList<>();
        if (m.embeds != null) {
            for (JsonNode e : m.embeds) {
                List<String> fields = new ArrayList<>();
                e.path("fields").forEach(f -> fields.add(f.path("name").asString("") + ": "
                        + f.path("value").asString("")));
                embeds.add(new EmbedView(e.path("title").asString(null), e.path("description").asString(null),
                        fields, e.path("image").path("url").asString(null)));
            }
        }
        List<SelectView> selects = new ArrayList<>();
        if (m.components != null) {
            collectSelects(m.components, selects);
        }
        List<AttachmentView> attachments = m.attachments.stream().map(a -> new AttachmentView(a.filename(),
                a.contentType(), a.url(m.channelId), a.data())).toList();
        List<ButtonView> buttons = new ArrayList<>();
        if (m.components != null) {
            collectButtons(m.components, buttons);
        }
        Map<String, Integer> reactions = new LinkedHashMap<>();
        m.reactions.forEach((emoji, users) -> {
            if (!users.isEmpty()) {
                reactions.put(emoji, users.size());
            }
        });
        return new MessageView(m.id, m.authorId, m.content == null ? "" : m.content, embeds, selects, buttons,
                attachments, m.visibleTo != null, m.createdAt, m.editedAt, reactions, m.channelId,
                w.threadOf(m) == null ? null : m.id);
    }

    private static void collectButtons(JsonNode components, List<ButtonView> out) {
        for (JsonNode c : components) {
            if (c.path("type").asInt() == 2) {
                out.add(new ButtonView(c.path("label").asString(""), c.path("custom_id").asString(null),
                        c.path("disabled").asBoolean(false)));
            }
            if (c.has("components")) {
                collectButtons(c.get("components"), out);
            }
        }
    }

    private static void collectSelects(JsonNode components, List<SelectView> out) {
        for (JsonNode c : components) {
            if (c.path("type").asInt() == 3) {
                Map<String, String> options = new LinkedHashMap<>();
                c.path("options").forEach(o -> options.put(o.path("label").asString(""), o.path("value").asString("")));
                out.add(new SelectView(c.path("custom_id").asString(null), c.path("placeholder").asString(null),
                        c.path("min_values").asInt(1), c.path("max_values").asInt(1), options,
                        c.path("disabled").asBoolean(false)));
            }
            if (c.has("components")) {
                collectSelects(c.get("components"), out);
            }
        }
    }

    /** The select whose placeholder is this text. */
    public SelectView select(String placeholder) {
        return selects.stream().filter(s -> placeholder.equals(s.placeholder())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no select '" + placeholder + "' on message " + id
                        + "; it has " + selects.stream().map(SelectView::placeholder).toList()));
    }

    public ButtonView button(String label) {
        return buttons.stream().filter(b -> b.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no button labelled '" + label + "' on message " + id
                        + "; it has " + buttons.stream().map(ButtonView::label).toList()));
    }

    /** Everything shown, as plain text: content, each embed's title, description and fields, then the buttons. */
    public String text() {
        StringBuilder out = new StringBuilder(content);
        for (EmbedView e : embeds) {
            if (e.title() != null) {
                out.append(out.isEmpty() ? "" : "\n").append(e.title());
            }
            if (e.description() != null) {
                out.append('\n').append(e.description());
            }
            e.fields().forEach(f -> out.append('\n').append(f));
        }
        selects.forEach(sel -> out.append("\n<").append(sel.placeholder()).append(": ")
                .append(String.join(" | ", sel.options().keySet())).append(sel.disabled() ? " (disabled)" : "")
                .append('>'));
        attachments.forEach(a -> out.append("\n📎 ").append(a.filename()));
        if (!buttons.isEmpty()) {
            out.append('\n').append(buttons.stream().map(b -> "[" + b.label() + (b.disabled() ? " (disabled)" : "")
                    + "]").reduce((a, b) -> a + " " + b).orElse(""));
        }
        return out.toString();
    }
}
