package community.platform.raid.plan;

import community.platform.raid.board.OpenRaids;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A guild's open raids as the raid list shows them: "Raid #3 · Crypt of Ash — best <time> (5 can make it) · 7 voted
 * · message link", the best slot as a Discord timestamp so each member reads it in their own time zone.
 */
@Component
class OpenRaidLines implements OpenRaids {

    private final RaidRepository raids;

    OpenRaidLines(RaidRepository raids) {
        this.raids = raids;
    }

    @Override
    public List<String> lines(long guildId) {
        return raids.open(guildId).stream().map(this::line).toList();
    }

    String line(Raid r) {
        List<Vote> full = raids.votes(r.raidId()).stream().filter(Vote::full).toList();
        String best = SlotPolicy.best(r.days().size(), r.times().size(), full).map(s -> "best " + r.at(s.day(),
                s.time()).map(at -> "<t:" + at.getEpochSecond() + ":f>").orElse(r.days().get(s.day()) + " "
                + r.times().get(s.time())) + " (" + s.members() + " can make it)").orElse("no slot voted yet");
        return "**" + r.title() + "** — " + best + " · " + full.size() + " voted" + (r.link() == null ? ""
                : " · [open](" + r.link() + ")");
    }
}
