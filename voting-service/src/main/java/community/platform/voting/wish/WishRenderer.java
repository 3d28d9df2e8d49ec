package community.platform.voting.wish;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.DiscordMessage.Attachment;
import community.platform.contracts.discord.DiscordMessage.Embed;
import community.platform.contracts.discord.DiscordMessage.Field;
import community.platform.voting.chart.ResultChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What members see of wishes: the wish on the board, its status, top lists, the weekly summary, a sync's report. */
final class WishRenderer {

    static final int OPEN_COLOR = 0xF1C40F;
    static final int GRANTED_COLOR = 0x57F287;
    static final int CLOSED_COLOR = 0x99AAB5;
    static final int PAGE = 10;

    private WishRenderer() {
    }

    /** The wish on the suggestions board, as it stands (its votes are the 🌟 reactions Discord shows under it). */
    static DiscordMessage wish(Wish w) {
        List<Field> fields = new ArrayList<>();
        int color = OPEN_COLOR;
        switch (w.status()) {
            case GRANTED -> {
                color = GRANTED_COLOR;
                fields.add(new Field("Status", "✨ Granted" + (w.createdChannelId() == null ? ""
                        : ": <#" + w.createdChannelId() + ">"), false));
            }
            case DECLINED -> {
                color = CLOSED_COLOR;
                fields.add(new Field("Status", "Declined: " + w.reason(), false));
            }
            case WITHDRAWN -> color = CLOSED_COLOR;
            case OPEN -> {
            }
        }
        String by = w.authorName() == null ? "<@" + w.authorId() + ">" : w.authorName();
        return DiscordMessage.embed(new Embed(WishRules.STAR + " " + w.name() + " · " + w.category(), w.text(), color,
                fields, "Wished by " + by + (w.status() == Wish.Status.OPEN ? " · react with " + WishRules.STAR
                + " to vote" : "")), List.of());
    }

    static String posted(Wish w) {
        return WishRules.STAR + " Your " + w.name() + " is sent to <#" + w.channelId() + ">: members vote there with "
                + WishRules.STAR + "." + (w.channelWish() ? " When enough of the server stars it, its channel is"
                + " created." : "");
    }

    static DiscordMessage granted(Wish w, long channelId) {
        return DiscordMessage.text("✨ " + w.name() + " is granted by " + w.votes() + " " + WishRules.STAR + ": <#"
                + channelId + "> is open.");
    }

    static DiscordMessage notCreated(Wish w, String reason) {
        return DiscordMessage.text("⚠️ " + w.name() + " reached its votes, but its channel could not be created: "
                + reason);
    }

    static DiscordMessage notPosted(Wish w, String reason) {
        return DiscordMessage.text("⚠️ Your " + w.name() + " (\"" + cut(w.text(), 200) + "\") could not be posted in <#"
                + w.channelId() + ">: " + reason + ". An admin can let the bot post there; then wish again.");
    }

    static DiscordMessage decided(Wish w, String guildName) {
        String what = w.status() == Wish.Status.GRANTED ? "✨ Your " + w.name() + " was granted"
                : "Your " + w.name() + " was declined: " + w.reason();
        return DiscordMessage.text(what + " (\"" + cut(w.text(), 200) + "\"" + (guildName == null ? "" : ", "
                + guildName) + ").");
    }

    static String top(String category, List<Wish> wishes, int page, int total, Optional<Integer> needed) {
        int pages = Math.max(1, (total + PAGE - 1) / PAGE);
        if (wishes.isEmpty()) {
            return "No open wishes in " + category + (page > 1 ? " on page " + page + " (of " + pages + ")" : "") + ".";
        }
        StringBuilder text = new StringBuilder(WishRules.STAR + " **Top wishes · " + category + "** (page " + page
                + " of " + pages + ")");
        int rank = (page - 1) * PAGE;
        for (Wish w : wishes) {
            text.append("\n").append(++rank).append(". #").append(w.number()).append(" ").append(cut(w.text(), 80))
                    .append(" — ").append(w.votes()).append(" ").append(WishRules.STAR);
        }
        if (WishRules.CHANNELS.equals(category)) {
            text.append(needed.map(n -> "\nA channel wish is granted at " + n + " " + WishRules.STAR + ".")
                    .orElse("\nThe votes a channel wish needs are known once the members are listed."));
        }
        return text.toString();
    }

    /** The week's summary: top wishes per category, new this week, granted this week, with a chart of the top. */
    static DiscordMessage summary(List<String> categories, java.util.Map<String, List<Wish>> tops, List<Wish> posted,
                                  List<Wish> granted) {
        List<Field> fields = new ArrayList<>();
        List<Wish> charted = new ArrayList<>();
        for (String category : categories) {
            List<Wish> top = tops.getOrDefault(category, List.of());
            fields.add(new Field("Top · " + category, top.isEmpty() ? "none open" : String.join("\n",
                    top.stream().map(w -> "#" + w.number() + " " + cut(w.text(), 60) + " — " + w.votes() + " "
                            + WishRules.STAR).toList()), false));
            charted.addAll(top);
        }
        fields.add(new Field("New this week", posted.isEmpty() ? "none" : numbers(posted), true));
        fields.add(new Field("Granted this week", granted.isEmpty() ? "none" : numbers(granted), true));
        charted.sort(java.util.Comparator.comparingInt(Wish::votes).reversed().thenComparingInt(Wish::number));
        List<Wish> bars = charted.subList(0, Math.min(10, charted.size()));
        List<Attachment> chart = bars.isEmpty() ? List.of() : chart(bars);
        Embed embed = new Embed("📬 Wishes this week", posted.size() + " new, " + granted.size() + " granted.",
                OPEN_COLOR, fields, "Counts reconciled with Discord", chart.isEmpty() ? null
                : "attachment://" + CHART);
        return new DiscordMessage(null, List.of(embed), List.of(), List.of(), chart);
    }

    static final String CHART = "wishes.png";

    private static List<Attachment> chart(List<Wish> bars) {
        try {
            return List.of(new Attachment(CHART, "Bar chart of the most starred wishes", ResultChart.png(
                    "Most starred wishes", bars.stream().map(w -> "#" + w.number() + " " + w.text()).toList(),
                    bars.stream().map(w -> (long) w.votes()).toList(), -1, "stars")));
        } catch (RuntimeException | Error e) {
            org.slf4j.LoggerFactory.getLogger(WishRenderer.class).warn("the wishes chart could not be drawn", e);
            return List.of();
        }
    }

    /** What a sync did, in the words of the admin's command. */
    static String synced(int checked, int synced, int withdrawn, int errors, int created, int unanswered) {
        return "🔄 Synced " + checked + " wish" + (checked == 1 ? "" : "es") + " with Discord: " + synced + " updated · "
                + withdrawn + " withdrawn · " + errors + " error" + (errors == 1 ? "" : "s") + " · " + created
                + " channel" + (created == 1 ? "" : "s") + " created" + (unanswered == 0 ? "."
                : " · " + unanswered + " not answered by Discord in time.");
    }

    private static String numbers(List<Wish> wishes) {
        return cut(String.join(", ", wishes.stream().map(w -> "#" + w.number()).toList()), 1000);
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
