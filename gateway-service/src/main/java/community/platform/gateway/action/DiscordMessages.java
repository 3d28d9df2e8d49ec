package community.platform.gateway.action;

import community.platform.contracts.discord.DiscordMessage;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.entities.MessageEmbed;
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
        return creating(message, content.length() > 2000 ? content.substring(0, 2000) : content)
                .mentionUsers(userId)
                .build();
    }

    private static MessageCreateBuilder creating(DiscordMessage message, String content) {
        return new MessageCreateBuilder()
                .setContent(content)
                .setEmbeds(embeds(message))
                .setComponents(rows(message))
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
            e.fields().forEach(f -> b.addField(f.name(), f.value(), f.inline()));
            return b.build();
        }).toList();
    }

    private static List<ActionRow> rows(DiscordMessage message) {
        return message.rows().stream().map(row -> ActionRow.of(row.stream().map(b -> Button.of(switch (b.style()) {
            case PRIMARY -> ButtonStyle.PRIMARY;
            case SECONDARY -> ButtonStyle.SECONDARY;
            case SUCCESS -> ButtonStyle.SUCCESS;
            case DANGER -> ButtonStyle.DANGER;
        }, b.customId(), b.label()).withDisabled(b.disabled())).toList())).toList();
    }
}
