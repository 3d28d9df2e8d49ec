package community.platform.runtime.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RestoreSnapshotTest {

    static Manifest.TableCopy table(String name) {
        return new Manifest.TableCopy(name, List.of("id"), 1);
    }

    @Test
    @DisplayName("a restore loads each table after the tables its foreign keys refer to, whatever the snapshot's order")
    void parentsFirst() {
        // GIVEN a snapshot listing tables by name: ballot before proposal, team_slot before esprit
        List<Manifest.TableCopy> byName = List.of(table("ballot"), table("esprit"), table("inbox"), table("proposal"),
                table("team_slot"));
        Map<String, Set<String>> parents = Map.of("ballot", Set.of("proposal"), "team_slot", Set.of("esprit"),
                "mod_vote", Set.of("escalation"));
        // WHEN the load order is decided
        List<String> order = RestoreSnapshot.loadOrder(byName, parents).stream().map(Manifest.TableCopy::name)
                .toList();
        // THEN every parent comes first, and tables without keys keep the snapshot's order
        assertThat(order).containsExactly("esprit", "inbox", "proposal", "ballot", "team_slot");
    }

    @Test
    @DisplayName("foreign keys in a cycle are refused with the tables named, before anything is loaded")
    void cycleRefused() {
        assertThatThrownBy(() -> RestoreSnapshot.loadOrder(List.of(table("a"), table("b")),
                Map.of("a", Set.of("b"), "b", Set.of("a"))))
                .hasMessageContaining("form a cycle").hasMessageContaining("[a, b]");
    }
}
