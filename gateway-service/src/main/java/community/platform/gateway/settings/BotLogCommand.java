package community.platform.gateway.settings;

import community.platform.contracts.Topics;
import community.platform.contracts.gateway.SetLogChannel;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code /bot-log [channel]}: the channel where the bot posts what Discord refused it; without a channel, no such
 * notices. For members who may manage the server; keyed by the guild.
 */
public final class BotLogCommand implements GatewayCommand {

    @Override
    public List<SlashCommandData> slashCommands() {
        return List.of(Commands.slash("bot-log", "Where the bot reports what Discord refused it")
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                .addOptions(new OptionData(OptionType.CHANNEL, "channel", "A text channel; leave out to stop the"
                        + " reports", false).setChannelTypes(ChannelType.TEXT)));
    }

    @Override
    public Outcome onSlash(Calls.Slash call) {
        if (!call.caller().has(Permission.MANAGE_SERVER.getRawValue())) {
            return Outcome.refuse("Only members who may manage the server choose where the bot reports.");
        }
        String guild = call.caller().guildId();
        return Outcome.send(Topics.GATEWAY_COMMANDS, guild, new SetLogChannel(guild, call.options().channel("channel"),
                call.caller().ref().userId(), call.caller().ref()), Ack.EPHEMERAL_REPLY);
    }
}
