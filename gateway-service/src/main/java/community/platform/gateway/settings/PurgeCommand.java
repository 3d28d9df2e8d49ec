package community.platform.gateway.settings;

import community.platform.contracts.Topics;
import community.platform.contracts.discord.PurgeMessages;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code /purge count} and {@code /purgebot [count]}: members who may manage messages in the channel (Discord's own
 * permission in the interaction) have its latest messages, or the bot's own, deleted in bulk. Nothing in a service
 * changes: the gateway asks itself for the Discord action ({@code discord.PurgeMessages}, recorded like any command so
 * a crash loses nothing) and answers in the reply with what Discord did.
 */
public final class PurgeCommand implements GatewayCommand {

    @Override
    public List<SlashCommandData> slashCommands() {
        DefaultMemberPermissions managers = DefaultMemberPermissions.enabledFor(Permission.MESSAGE_MANAGE);
        return List.of(
                Commands.slash("purge", "Delete this channel's latest messages (up to 100, under 14 days old)")
                        .setDefaultPermissions(managers).addOptions(new OptionData(OptionType.INTEGER, "count",
                                "How many", true).setRequiredRange(1, PurgeMessages.MAX)),
                Commands.slash("purgebot", "Delete the bot's messages among this channel's latest 100")
                        .setDefaultPermissions(managers).addOptions(new OptionData(OptionType.INTEGER, "count",
                                "How many at most (100)", false).setRequiredRange(1, PurgeMessages.MAX)));
    }

    @Override
    public Outcome onSlash(Calls.Slash call) {
        var caller = call.caller();
        if (!caller.has(Permission.MESSAGE_MANAGE.getRawValue())) {
            return Outcome.refuse("Only members who may manage messages in this channel purge it.");
        }
        boolean bot = call.name().equals("purgebot");
        int count = (int) (bot ? call.options().whole("count", 1, PurgeMessages.MAX, PurgeMessages.MAX)
                : call.options().required("count", 1, PurgeMessages.MAX));
        String channel = caller.ref().channelId();
        return Outcome.send(Topics.DISCORD_ACTIONS, channel, new PurgeMessages(caller.guildId(), channel, count, bot,
                caller.ref(), "/" + call.name() + " by " + caller.userId()), Ack.EPHEMERAL_REPLY);
    }
}
