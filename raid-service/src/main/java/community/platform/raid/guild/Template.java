package community.platform.raid.guild;

import java.util.List;

/** A guild's saved raid: what {@code /raidplan template:<name>} fills the raid with. */
public record Template(String name, String dungeon, List<String> days, List<String> times, int groupSize) {
}
