package community.platform.contracts.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.contracts.economy.ids.CollectionPageId;
import community.platform.contracts.moderation.ids.EscalateId;
import community.platform.contracts.moderation.ids.ModVoteId;
import community.platform.contracts.voting.ids.BallotId;
import community.platform.contracts.voting.ids.ProposalFormId;
import community.platform.contracts.voting.ids.WishFormId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CustomIdTest {

    static final String SNOWFLAKE = "18446744073709551615";

    @Test
    @DisplayName("every custom id reads back as the record that wrote it")
    void roundTrips() {
        // GIVEN each kind of id, written by the service that renders the component
        // WHEN the gateway parses what Discord hands back
        // THEN it gets the same record
        for (BallotId.Part part : BallotId.Part.values()) {
            BallotId id = new BallotId(SNOWFLAKE, part, part == BallotId.Part.OPTION || part == BallotId.Part.RANK
                    || part == BallotId.Part.SCORE ? 24 : 0);
            assertThat(BallotId.parse(id.format())).as(id.format()).contains(id);
        }
        assertThat(BallotId.parse("voting:ballot:1:o0")).contains(new BallotId("1", BallotId.Part.OPTION, 0));
        assertThat(BallotId.parse("voting:ballot:1:yes")).as("older messages' buttons")
                .contains(BallotId.of("1", BallotId.Part.YES));
        assertThat(ModVoteId.parse(new ModVoteId("42", "restrict").format())).contains(new ModVoteId("42", "RESTRICT"));
        assertThat(EscalateId.parse(new EscalateId("42", null).format())).contains(new EscalateId("42", null));
        assertThat(EscalateId.parse(new EscalateId("42", SNOWFLAKE).format())).contains(new EscalateId("42", SNOWFLAKE));
        assertThat(ProposalFormId.parse(new ProposalFormId().format())).contains(new ProposalFormId());
        assertThat(WishFormId.parse(new WishFormId("channels").format())).contains(new WishFormId("channels"));
        CollectionPageId page = new CollectionPageId(SNOWFLAKE, 99_999, "legendary", "shadow", "Ember Fox");
        assertThat(CollectionPageId.parse(page.format())).contains(page);
        assertThat(CollectionPageId.parse(new CollectionPageId("1", 1, null, null, null).format()))
                .contains(new CollectionPageId("1", 1, null, null, null));
    }

    @Test
    @DisplayName("the longest ids fit Discord's 100 characters: a long name filter is cut to fit and still reads back")
    void lengths() {
        // GIVEN the longest values each id can hold
        CollectionPageId longest = new CollectionPageId(SNOWFLAKE, 99_999, "r".repeat(16), "e".repeat(16),
                "n".repeat(200));
        List<String> ids = List.of(new BallotId(SNOWFLAKE, BallotId.Part.APPROVE, 0).format(),
                new ModVoteId(SNOWFLAKE, "warning").format(), new EscalateId(SNOWFLAKE, SNOWFLAKE).format(),
                longest.format());
        // THEN none is over the limit, and the cut page id still parses (with its name cut)
        assertThat(ids).allSatisfy(id -> assertThat(id.length()).as(id).isLessThanOrEqualTo(CustomId.MAX_LENGTH));
        assertThat(CollectionPageId.parse(longest.format())).hasValueSatisfying(p -> {
            assertThat(p.memberId()).isEqualTo(SNOWFLAKE);
            assertThat(longest.name()).startsWith(p.name());
            assertThat(p.name()).hasSizeGreaterThanOrEqualTo(15);
        });
        assertThatThrownBy(() -> new CollectionPageId("1", 1, "r".repeat(17), null, null))
                .as("a filter key longer than the game data allows").isInstanceOf(IllegalArgumentException.class);
        assertThat(new CollectionPageId("1", 1, null, null, "a:b").name()).as("':' would split the id").isEqualTo("ab");
        assertThatThrownBy(() -> CustomId.checked("x".repeat(101))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("malformed, over-long and foreign ids read as nothing, so every feature gives the one refusal")
    void malformed() {
        List<Function<String, Optional<?>>> parsers = List.of(BallotId::parse, ModVoteId::parse, EscalateId::parse,
                CollectionPageId::parse, ProposalFormId::parse, WishFormId::parse);
        for (String id : new String[] {null, "", "voting:ballot", "voting:ballot:1:maybe", "voting:ballot:-1:yes",
                "moderation:vote:1:exile", "moderation:escalate:1", "economy:page:collection:1:0:-:-:-",
                "economy:page:collection:1:1:-:-", "voting:ballot:1:yes:" + "x".repeat(100), "raid:signup:1:tank",
                "voting:ballot:1:o25", "voting:ballot:1:o", "voting:ballot:1:rank", "voting:ballot:1:yes1",
                "voting:ballot:1:o007", "voting:wish:", "voting:wish:Not A Category"}) {
            for (var parse : parsers) {
                assertThat(parse.apply(id)).as(id).isEmpty();
            }
        }
        assertThat(BallotId.parse("voting:ballot:1:yes")).as("one parser's id is no other's").isPresent();
        assertThat(ModVoteId.parse("voting:ballot:1:yes")).isEmpty();
        assertThat(CustomId.NOT_RECOGNISED).isEqualTo("This button is not recognised.");
    }
}
