package community.platform.discord.emulator.script;

import community.platform.discord.emulator.model.Message;
import community.platform.discord.emulator.model.World;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A message as a member sees it: text, embeds, buttons (with custom ids) and reaction counts. */
public record MessageView(long id, long authorId, String content, List<EmbedView> embeds, List<ButtonView> buttons,
                          boolean ephemeral, Instant createdAt, Instant editedAt, Map<String, Integer> reactions) {

    public record EmbedView(String title, String description, List<String> fields) {
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
                        fields));
            }
        }
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
        return new MessageView(m.id, m.authorId, m.content == null ? "" : m.content, embeds, buttons,
                m.visibleTo != null, m.createdAt, m.editedAt, reactions);
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
        if (!buttons.isEmpty()) {
            out.append('\n').append(buttons.stream().map(b -> "[" + b.label() + (b.disabled() ? " (disabled)" : "")
                    + "]").reduce((a, b) -> a + " " + b).orElse(""));
        }
        return out.toString();
    }
}
