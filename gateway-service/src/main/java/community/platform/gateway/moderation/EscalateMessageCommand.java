package community.platform.gateway.moderation;

import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;

/** The message command "Escalate" (a message's Apps menu): its author is escalated and the message reported. */
public final class EscalateMessageCommand implements GatewayCommand {

    static final String NAME = "Escalate";

    @Override
    public List<CommandData> messageCommands() {
        return List.of(Commands.message(NAME)
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MODERATE_MEMBERS)));
    }

    @Override
    public Outcome onMessage(Calls.OnMessage call) {
        if (call.authorIsBot()) {
            return Outcome.refuse("Messages of bots and of Discord cannot be escalated.");
        }
        return Moderators.open(call.caller(), call.authorId(), call.messageId(), null, call.authorName());
    }
}
