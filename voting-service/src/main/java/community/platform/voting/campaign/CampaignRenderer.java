package community.platform.voting.campaign;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.DiscordMessage.Button;
import community.platform.contracts.discord.DiscordMessage.Embed;
import community.platform.contracts.discord.DiscordMessage.Field;
import community.platform.contracts.voting.ids.InvestId;
import java.time.Instant;
import java.util.List;

/** A campaign as members read it: its announcement, a stage's start and result, and each member's scenario ballot. */
final class CampaignRenderer {

    static final int COLOR = 0xEB459E;

    private CampaignRenderer() {
    }

    static String name(Campaign c) {
        return "Campaign #" + c.number();
    }

    static DiscordMessage created(Campaign c) {
        return DiscordMessage.embed(new Embed("🏁 " + name(c) + ": " + c.title(), c.stages() + (c.stages() == 1
                ? " stage" : " stages") + " of " + c.stageHours() + " hours. Each member has " + c.budget()
                + " tokens to invest in the scenarios of its stages.\nSubmit a scenario with `/campaign scenario "
                + "campaign:" + c.number() + " stage:1`" + (c.needsApproval() ? "; an admin approves it."
                : "; it is approved at once.") + "\nCreated by <@" + c.createdBy() + ">.", COLOR, List.of(), null),
                List.of());
    }

    static String submitted(Campaign c, Scenario s) {
        return "Scenario #" + s.number() + " \"" + s.title() + "\" for stage " + s.stage() + " of " + name(c)
                + (s.approved() ? " is approved." : " awaits an admin's approval (`/campaign approve campaign:"
                + c.number() + " scenario:" + s.number() + "`).");
    }

    static DiscordMessage started(Campaign c, int stage, List<Scenario> scenarios, Instant closesAt) {
        StringBuilder text = new StringBuilder("Stage " + stage + " of " + c.stages() + " is open: each member got"
                + " a ballot by DM for every scenario. Voting closes <t:" + closesAt.getEpochSecond() + ":R>.");
        scenarios.forEach(s -> text.append("\n• Scenario #").append(s.number()).append(": ").append(s.title()));
        return DiscordMessage.embed(new Embed("🚩 " + name(c) + ": " + c.title() + " · stage " + stage,
                text.toString(), COLOR, List.of(), null), List.of());
    }

    /** The ballot of one scenario, by DM: the member's tokens at the start of the batch, and "Invest tokens". */
    static DiscordMessage ballot(Campaign c, int stage, Scenario s, int tokens, Instant closesAt) {
        return DiscordMessage.embed(new Embed("🗳️ " + name(c) + " · stage " + stage + " · Scenario #" + s.number()
                        + ": " + s.title(), (s.details() == null ? "" : s.details() + "\n\n")
                        + "You have **" + tokens + " tokens** (at the start of this stage) for all its scenarios."
                        + " Voting closes <t:" + closesAt.getEpochSecond() + ":R>.", COLOR, List.of(), c.title()),
                List.of(List.of(new Button(new InvestId(Long.toString(s.scenarioId())).format(), "Invest tokens",
                        Button.Style.PRIMARY, false))));
    }

    static String invested(Scenario s, int tokens, int remaining) {
        return "You invested **" + tokens + "** " + (tokens == 1 ? "token" : "tokens") + " in Scenario #"
                + s.number() + " \"" + s.title() + "\"; you have **" + remaining + "** left.";
    }

    static DiscordMessage closed(Campaign c, List<CampaignRepository.Result> results, boolean last) {
        List<Field> fields = results.stream().map(r -> new Field("Scenario #" + r.scenario().number() + ": "
                + r.scenario().title(), r.tokens() + " tokens from " + r.investors()
                + (r.investors() == 1 ? " member" : " members"), false)).toList();
        return DiscordMessage.embed(new Embed("📊 " + name(c) + " · stage " + c.stage() + " closed",
                last ? "That was the last stage: the campaign is over." : "An admin starts stage " + (c.stage() + 1)
                        + " with `/campaign start campaign:" + c.number() + "`.", COLOR,
                fields.size() > 25 ? fields.subList(0, 25) : fields, c.title()), List.of());
    }
}
