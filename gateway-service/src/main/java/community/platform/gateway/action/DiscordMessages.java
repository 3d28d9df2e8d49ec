package community.platform.gateway.action;

import community.platform.contracts.discord.DiscordMessage;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import java.util.ArrayList;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/** A service's {@link DiscordMessage} as JDA message data. Mentions never ping unless a mention is asked for. */
final class DiscordMessages {

    private DiscordMessages() {
    }

    static MessageCreateData create(DiscordMessage message) {
        return creating(message, content(message)).build();
    }

    /** A create that pings exactly one member (a DM's fallback in a channel). */
    static MessageCreateData createMentioning(DiscordMessage message, String userId) {
        String content = "<@" + userId + "> " + content(message);
        int max = DiscordMessage.CONTENT_MAX;
        return creating(message, content.length() > max ? content.substring(0, max) : content)
                .mentionUsers(userId)
                .build();
    }

    private static MessageCreateBuilder creating(DiscordMessage message, String content) {
        return new MessageCreateBuilder()
                .setContent(content)
                .setEmbeds(embeds(message))
                .setComponents(rows(message))
                .setFiles(files(message))
                .setAllowedMentions(List.of());
    }

    private static String content(DiscordMessage message) {
        return message.content() == null ? "" : message.content();
    }

    /** Replaces everything the message showed. */
    static MessageEditData edit(DiscordMessage message) {
        return new MessageEditBuilder()
                .setReplace(true)
                .setContent(content(message))
                .setEmbeds(embeds(message))
                .setComponents(rows(message))
                .setFiles(files(message))
                .setAllowedMentions(List.of())
                .build();
    }

    private static List<MessageEmbed> embeds(DiscordMessage message) {
        return message.embeds().stream().map(e -> {
            EmbedBuilder b = new EmbedBuilder().setTitle(e.title()).setDescription(e.description());
            if (e.color() != null) {
                b.setColor(e.color());
            }
            if (e.footer() != null) {
                b.setFooter(e.footer());
            }
            if (e.image() != null) {
                b.setImage(e.image());
            }
            e.fields().forEach(f -> b.addField(f.name(), f.value(), f.inline()));
            return b.build();
        }).toList();
    }

    /** Each select on its own row, above the rows of buttons. */
    private static List<ActionRow> rows(DiscordMessage message) {
        List<ActionRow> rows = new ArrayList<>();
        message.selects().forEach(s -> {
            StringSelectMenu.Builder menu = StringSelectMenu.create(s.customId())
                    .setRequiredRange(s.minValues(), s.maxValues())
                    .setDisabled(s.disabled());
            if (s.placeholder() != null) {
                menu.setPlaceholder(s.placeholder());
            }
            s.options().forEach(o -> menu.addOption(o.label(), o.value()));
            rows.add(ActionRow.of(menu.build()));
        });
        message.rows().forEach(row -> rows.add(ActionRow.of(row.stream().map(b -> Button.of(switch (b.style()) {
            case PRIMARY -> ButtonStyle.PRIMARY;
            case SECONDARY -> ButtonStyle.SECONDARY;
            case SUCCESS -> ButtonStyle.SUCCESS;
            case DANGER -> ButtonStyle.DANGER;
        }, b.customId(), b.label()).withDisabled(b.disabled())).toList())));
        return rows;
    }

    /** The message's files, uploaded with it (multipart); an embed shows one with {@code attachment://<name>}. */
    private static List<FileUpload> files(DiscordMessage message) {
        return message.attachments().stream().map(a -> {
            FileUpload f = FileUpload.fromData(a.data(), a.filename());
            return a.description() == null ? f : f.setDescription(a.description());
        }).toList();
    }
}
