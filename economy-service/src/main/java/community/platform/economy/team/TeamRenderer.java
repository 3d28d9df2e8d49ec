package community.platform.economy.team;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.DiscordMessage.Embed;
import community.platform.economy.game.Esprit;
import community.platform.economy.game.GameRenderer;
import community.platform.economy.game.GameRules;
import community.platform.economy.game.PowerPolicy;
import java.util.List;
import java.util.Map;

/** What a member sees of a team: every slot, empty or with its esprit, and the team's power. */
public final class TeamRenderer {

    private TeamRenderer() {
    }

    /** @param headline what a change did, or null when the team is only shown */
    public static DiscordMessage team(GameRules rules, long member, Map<Integer, Esprit> slots, String headline) {
        StringBuilder lines = new StringBuilder();
        int total = 0;
        for (int slot = 1; slot <= rules.teamSlots(); slot++) {
            Esprit e = slots.get(slot);
            lines.append("**").append(slot).append(".** ").append(e == null ? "empty" : GameRenderer.describe(rules, e))
                    .append('\n');
            total += e == null ? 0 : PowerPolicy.power(rules, e);
        }
        return DiscordMessage.embed(new Embed("🛡️ Team", (headline == null ? "" : headline + "\n\n") + "<@" + member
                + ">'s team\n" + lines + "\nTeam power **" + total + "**", GameRenderer.BLUE, List.of(), null),
                List.of());
    }

    static String noSuchSlot(GameRules rules) {
        return "A team has slots 1 to " + rules.teamSlots() + ".";
    }

    static String notYours(Integer number) {
        return "You have no esprit #" + number + ".";
    }

    static String slotCleared(int slot) {
        return "Slot " + slot + " cleared.";
    }

    static String placed(int number, int slot) {
        return "#" + number + " is in slot " + slot + ".";
    }

    static String optimized(boolean any) {
        return any ? "Your strongest esprits are in the team." : "You have no esprits yet: `/summon`.";
    }
}
