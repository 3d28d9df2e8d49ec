package community.platform.raid.plan;

import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.DiscordMessage.Button;
import community.platform.contracts.discord.DiscordMessage.Embed;
import community.platform.contracts.discord.DiscordMessage.Field;
import community.platform.contracts.discord.DiscordMessage.Select;
import community.platform.contracts.raid.CloseRaid;
import community.platform.contracts.raid.VoteRaid;
import community.platform.contracts.raid.ids.RaidCloseId;
import community.platform.contracts.raid.ids.RaidVoteId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The raid message: its dungeon and note, how many can make each day and time, the slot most can make, the members
 * who voted a day and a time by name (plain text: nobody is pinged), a day select and a time select (pick every
 * option you can make; none withdraws), Finish and Cancel. A closed raid keeps its lists and loses its components.
 */
final class RaidRenderer {

    static final int OPEN_COLOR = 0x5865F2;
    static final int FINISHED_COLOR = 0x57F287;
    static final int CANCELLED_COLOR = 0x99AAB5;
    static final int NAMES_MAX = 1000;
    /** A raid of another server, or none: the same private answer for a pick and a close. */
    static final String NOT_IN_THIS_SERVER = "⚠️ This raid does not exist in this server.";

    private RaidRenderer() {
    }

    static DiscordMessage raid(Raid r, List<Vote> votes) {
        List<Vote> full = votes.stream().filter(Vote::full).toList();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("Days", counts(r.days(), full, true), true));
        fields.add(new Field("Times", counts(r.times(), full, false), true));
        fields.add(new Field("Best slot", SlotPolicy.best(r.days().size(), r.times().size(), full)
                .map(s -> r.days().get(s.day()) + " " + r.times().get(s.time()) + " (" + s.members() + " of "
                        + full.size() + ")").orElse("nobody has voted a day and a time yet"), false));
        fields.add(new Field("Voted (" + full.size() + ")", full.isEmpty() ? "—" : names(full), false));
        String status = switch (r.status()) {
            case OPEN -> "Pick every day and every time you can make.";
            case FINISHED -> "✅ Finished: " + full.size() + " present.";
            case CANCELLED -> "STALE".equals(r.closeReason()) ? "⌛ Closed: its last time passed without a finish."
                    : "❌ Cancelled.";
        };
        int color = switch (r.status()) {
            case OPEN -> OPEN_COLOR;
            case FINISHED -> FINISHED_COLOR;
            case CANCELLED -> CANCELLED_COLOR;
        };
        Embed embed = new Embed("⚔️ " + r.title(), (r.note() == null ? "" : r.note() + "\n") + status, color, fields,
                "Group of " + r.groupSize() + " · led by " + (r.leaderName() == null ? "the raid leader"
                : r.leaderName()));
        if (!r.open()) {
            return DiscordMessage.embed(embed, List.of());
        }
        String id = Long.toString(r.raidId());
        List<Select> selects = List.of(select(new RaidVoteId(id, VoteRaid.Part.DAY), "Days you can make", r.days()),
                select(new RaidVoteId(id, VoteRaid.Part.TIME), "Times you can make", r.times()));
        List<List<Button>> rows = List.of(List.of(
                new Button(new RaidCloseId(id, CloseRaid.Action.FINISH).format(), "Finish", Button.Style.SUCCESS,
                        false),
                new Button(new RaidCloseId(id, CloseRaid.Action.CANCEL).format(), "Cancel", Button.Style.DANGER,
                        false)));
        return new DiscordMessage(null, List.of(embed), selects, rows, List.of());
    }

    private static Select select(RaidVoteId id, String placeholder, List<String> options) {
        return new Select(id.format(), placeholder, 0, options.size(), IntStream.range(0, options.size())
                .mapToObj(o -> new Select.Option(options.get(o), Integer.toString(o))).toList(), false);
    }

    private static String counts(List<String> options, List<Vote> full, boolean days) {
        return String.join("\n", IntStream.range(0, options.size()).mapToObj(o -> options.get(o) + ": " + full.stream()
                .filter(v -> (days ? v.days() : v.times()).contains(o)).count()).toList());
    }

    /** Names as plain text, in voting order, cut to fit an embed field. */
    private static String names(List<Vote> full) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (Vote v : full) {
            String name = v.memberName() == null ? "member " + v.memberId() : v.memberName();
            if (out.length() + name.length() + 2 > NAMES_MAX - 20) {
                return out + " and " + (full.size() - shown) + " more";
            }
            out.append(shown == 0 ? "" : ", ").append(name);
            shown++;
        }
        return out.toString();
    }

    /** What the member reads privately after their pick. */
    static String confirmed(Raid r, Vote v) {
        String days = v.days().isEmpty() ? "no day" : String.join(", ", v.days().stream().map(r.days()::get).toList());
        String times = v.times().isEmpty() ? "no time" : String.join(", ", v.times().stream().map(r.times()::get)
                .toList());
        return "⚔️ " + r.dungeon() + ": you can make " + days + " · " + times + (v.full() ? "."
                : ". Pick a day and a time to be listed.");
    }
}
