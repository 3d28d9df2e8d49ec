package community.platform.gateway.economy;

import community.platform.contracts.Message;
import community.platform.contracts.Topics;
import community.platform.gateway.interaction.Caller;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;

/**
 * What the economy's commands share: a command is keyed by the member whose balance or collection it touches
 * ({@code <guildId>:<memberId>}), so one member's clicks are decided one after another.
 */
final class Economy {

    static final int MAX_NUMBER = 1_000_000;
    static final int MAX_NAME = 32;

    private Economy() {
    }

    static Outcome send(Caller caller, String member, Message command, Ack ack) {
        return Outcome.send(Topics.ECONOMY_COMMANDS, caller.guildId() + ":" + member, command, ack);
    }

    /** An esprit's number: {@code #1} and up. */
    static OptionData number(String name, String description) {
        return new OptionData(OptionType.INTEGER, name, description, true).setRequiredRange(1, MAX_NUMBER);
    }

    /** Whose data is shown (default: the member's own). */
    static OptionData member() {
        return new OptionData(OptionType.USER, "member", "Whose (default: yours)");
    }
}
