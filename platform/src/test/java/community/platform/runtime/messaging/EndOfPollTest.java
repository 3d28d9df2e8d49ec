package community.platform.runtime.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EndOfPollTest {

    private final EndOfPoll endOfPoll = new EndOfPoll();
    private final List<String> done = new ArrayList<>();

    @Test
    @DisplayName("GIVEN no poll being handled WHEN work is asked for THEN it runs at once")
    void outsideAPollAtOnce() {
        endOfPoll.once("message 1", () -> done.add("edit"));

        assertThat(done).containsExactly("edit");
    }

    @Test
    @DisplayName("GIVEN a poll WHEN work is asked for twice under one key THEN only the later runs, after the poll's "
            + "messages, in the order of the last requests")
    void laterReplacesEarlierAtTheEnd() {
        endOfPoll.around(() -> {
            endOfPoll.once("message 1", () -> done.add("edit 1 of click a"));
            endOfPoll.once("message 2", () -> done.add("edit 2 of click b"));
            endOfPoll.once("message 1", () -> done.add("edit 1 of click c"));
            done.add("handled");
        });

        assertThat(done).containsExactly("handled", "edit 2 of click b", "edit 1 of click c");
    }

    @Test
    @DisplayName("GIVEN a poll whose handling fails WHEN it ends THEN its deferred work is dropped with it")
    void failedPollDropsItsWork() {
        assertThatThrownBy(() -> endOfPoll.around(() -> {
            endOfPoll.once("message 1", () -> done.add("edit"));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        endOfPoll.around(() -> done.add("next poll"));
        assertThat(done).containsExactly("next poll");
    }

    @Test
    @DisplayName("GIVEN deferred work that asks for more work WHEN the poll ends THEN the latter runs at once")
    void workAskingForWorkRunsIt() {
        endOfPoll.around(() -> endOfPoll.once("a", () -> {
            done.add("a");
            endOfPoll.once("b", () -> done.add("b"));
        }));

        assertThat(done).containsExactly("a", "b");
    }
}
