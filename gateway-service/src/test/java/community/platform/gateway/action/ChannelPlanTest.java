package community.platform.gateway.action;

import static community.platform.gateway.action.DiscordActionFixtures.CHANNEL;
import static community.platform.gateway.action.DiscordActionFixtures.GUILD;
import static community.platform.gateway.action.DiscordActionFixtures.clickEdit;
import static community.platform.gateway.action.DiscordActionFixtures.followUp;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.discord.DiscordAction;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.SendChannelMessage;
import community.platform.gateway.interaction.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChannelPlanTest {

    private final List<ReadAction> actions = new ArrayList<>();
    private final List<Set<String>> asked = new ArrayList<>();

    @Test
    @DisplayName("GIVEN a poll whose first message was performed before and whose second comes twice WHEN planned THEN both repeats are duplicates and the second message is performed once, in one line")
    void doneBeforeAndRepeatedAreDuplicates() {
        ReadAction first = add(UUID.randomUUID(), message("m1"));
        ReadAction second = add(UUID.randomUUID(), message("m2"));
        ReadAction again = add(second.id(), message("m2"));

        ChannelPlan plan = ChannelPlan.of(actions, ids -> Set.of(first.id()), this::noClicks);

        assertThat(plan.duplicates()).containsExactly(first, again);
        assertThat(plan.lines()).hasSize(1);
        assertThat(plan.lines().getFirst()).extracting(ChannelPlan.Step::action).containsExactly(second);
        assertThat(plan.replaced()).isEmpty();
        assertThat(asked).as("no click's edit: nothing asked").isEmpty();
    }

    @Test
    @DisplayName("GIVEN three clicks on a ballot acknowledged by updating it, each answered by an edit of it and a follow-up WHEN planned THEN the last edit is performed for the two before it, in the channel's line, and each follow-up in its interaction's own line")
    void clicksOnOneMessage() {
        ReadAction edit1 = add(UUID.randomUUID(), clickEdit("i1", "ballot", false));
        ReadAction follow1 = add(UUID.randomUUID(), followUp("i1"));
        ReadAction edit2 = add(UUID.randomUUID(), clickEdit("i2", "ballot", false));
        ReadAction edit3 = add(UUID.randomUUID(), clickEdit("i3", "ballot", false));
        ReadAction follow3 = add(UUID.randomUUID(), followUp("i3"));

        ChannelPlan plan = ChannelPlan.of(actions, ids -> Set.of(), ask -> {
            asked.add(ask);
            return Map.of("i1", Outcome.Ack.UPDATE, "i2", Outcome.Ack.UPDATE, "i3", Outcome.Ack.UPDATE);
        });

        assertThat(asked).containsExactly(Set.of("i1", "i2", "i3"));
        assertThat(plan.replaced()).containsExactly(edit1, edit2);
        assertThat(plan.lines()).extracting(line -> line.stream().map(ChannelPlan.Step::action).toList())
                .containsExactlyInAnyOrder(List.of(follow1), List.of(edit3), List.of(follow3));
        ChannelPlan.Step last = plan.lines().stream().flatMap(List::stream).filter(s -> s.action() == edit3)
                .findFirst().orElseThrow();
        assertThat(last.replaces()).containsExactly(edit1, edit2);
        assertThat(last.action().done(last.replaces()).replaces()).extracting(PerformedActions.Done::actionId)
                .containsExactly(edit1.id(), edit2.id());
    }

    @Test
    @DisplayName("GIVEN two clicks on one message answered with replies of their own (not updates of it) WHEN planned THEN neither edit replaces the other and each goes in its interaction's line")
    void repliesOfTheirOwnStandApart() {
        ReadAction edit1 = add(UUID.randomUUID(), clickEdit("i1", "ballot", false));
        ReadAction edit2 = add(UUID.randomUUID(), clickEdit("i2", "ballot", false));

        ChannelPlan plan = ChannelPlan.of(actions, ids -> Set.of(), ask -> Map.of("i1", Outcome.Ack.EPHEMERAL_REPLY,
                "i2", Outcome.Ack.EPHEMERAL_REPLY));

        assertThat(plan.replaced()).isEmpty();
        assertThat(plan.lines()).extracting(line -> line.getFirst().action()).containsExactly(edit1, edit2);
    }

    @Test
    @DisplayName("GIVEN no action WHEN planned THEN the database is not asked and nothing is performed")
    void nothingToPlan() {
        ChannelPlan plan = ChannelPlan.of(List.of(), ids -> {
            throw new AssertionError("asked");
        }, this::noClicks);

        assertThat(plan.lines()).isEmpty();
        assertThat(plan.duplicates()).isEmpty();
    }

    private Map<String, Outcome.Ack> noClicks(Set<String> ask) {
        asked.add(ask);
        return Map.of();
    }

    private ReadAction add(UUID id, DiscordAction action) {
        ReadAction read = new ReadAction(null, action.getClass().getSimpleName(), id, action, "voting",
                Instant.parse("2026-12-01T00:00:00Z"));
        actions.add(read);
        return read;
    }

    private static SendChannelMessage message(String text) {
        return new SendChannelMessage(GUILD, CHANNEL, DiscordMessage.text(text));
    }
}
