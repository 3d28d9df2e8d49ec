package community.platform.raid.guild;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.Topics;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.MemberPermissions;
import community.platform.contracts.raid.SaveTemplate;
import community.platform.contracts.raid.ShowRaids;
import community.platform.runtime.messaging.Delivery;
import community.platform.runtime.messaging.DirectReplies;
import community.platform.runtime.messaging.ReadHandler;
import community.platform.runtime.messaging.TypedHandler;
import community.platform.runtime.outbox.OutboxWriter;
import community.platform.runtime.time.ScaledClock;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The guild's dungeons and raid templates: {@code /template_config} saves or deletes one (members who may manage the
 * server; a template's dungeon must be on the guild's list when it has one), {@code /dungeonlist} shows both.
 */
final class TemplateHandlers {

    private TemplateHandlers() {
    }

    @Component
    static class Save extends TypedHandler<SaveTemplate> {
        private final TemplateRepository templates;
        private final RaidGuildRepository guilds;
        private final OutboxWriter outbox;
        private final Clock clock;

        Save(TemplateRepository templates, RaidGuildRepository guilds, OutboxWriter outbox, Clock clock) {
            super(Topics.RAID_COMMANDS, MessageCatalog.SAVE_TEMPLATE);
            this.templates = templates;
            this.guilds = guilds;
            this.outbox = outbox;
            this.clock = clock;
        }

        @Override
        public void handle(SaveTemplate command, Delivery delivery) {
            long guildId = Long.parseLong(command.guildId());
            String answer;
            if (!MemberPermissions.managesServer(Long.parseLong(command.permissions()))) {
                answer = "⚠️ Only members who may manage the server change raid templates.";
            } else if (command.delete()) {
                answer = templates.delete(guildId, command.name()) ? "🗑️ Template " + command.name() + " deleted."
                        : "⚠️ There is no template " + command.name() + ".";
            } else {
                RaidGuild guild = guilds.of(guildId);
                var dungeon = guild.dungeon(command.dungeon());
                if (dungeon.isEmpty()) {
                    answer = "⚠️ " + command.dungeon() + " is not on this server's dungeon list: " + String.join(", ",
                            guild.dungeons()) + ".";
                } else {
                    templates.save(guildId, new Template(command.name(), dungeon.get(), command.days(),
                            command.times(), command.groupSize()), Long.parseLong(command.interaction().userId()),
                            ScaledClock.commandTime(clock, command.interaction().receivedAt(), delivery.time()));
                    answer = "✅ Template " + command.name() + " saved: " + dungeon.get() + " · "
                            + String.join(", ", command.days()) + " · " + String.join(", ", command.times())
                            + " · group of " + command.groupSize() + ". Plan from it with /raidplan template:"
                            + command.name() + ".";
                }
            }
            outbox.reply(delivery, command.guildId(), command.interaction(), DiscordMessage.text(answer));
        }
    }

    /** The dungeons and saved templates: a read. */
    @Component
    static class Show extends ReadHandler<ShowRaids> {
        private final TemplateRepository templates;
        private final RaidGuildRepository guilds;

        Show(TemplateRepository templates, RaidGuildRepository guilds, DirectReplies replies) {
            super(Topics.RAID_COMMANDS, MessageCatalog.SHOW_RAIDS, replies);
            this.templates = templates;
            this.guilds = guilds;
        }

        @Override
        public void handle(ShowRaids command, Delivery delivery) {
            if (command.what() != ShowRaids.What.DUNGEONS) {
                return;
            }
            long guildId = Long.parseLong(command.guildId());
            List<String> dungeons = guilds.of(guildId).dungeons();
            List<Template> saved = templates.all(guildId);
            String answer = "🗺️ Dungeons: " + (dungeons.isEmpty() ? "any (set a list with /settings dungeons)"
                    : String.join(", ", dungeons)) + "\n📑 Templates: " + (saved.isEmpty() ? "none (save one with"
                    + " /template_config)" : String.join("; ", saved.stream().map(t -> t.name() + " — " + t.dungeon()
                    + ", " + String.join("/", t.days()) + " at " + String.join("/", t.times()) + ", group of "
                    + t.groupSize()).toList()));
            reply(command, delivery, DiscordMessage.cutText(answer));
        }
    }
}
