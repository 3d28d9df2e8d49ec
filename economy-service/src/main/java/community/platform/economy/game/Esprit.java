package community.platform.economy.game;

import java.time.Instant;

/** An esprit a member owns: its number in the member's collection, its kind in the catalogue, its level. */
public record Esprit(long member, int number, String kind, int level, Instant obtainedAt) {

    public Esprit raised() {
        return new Esprit(member, number, kind, level + 1, obtainedAt);
    }
}
