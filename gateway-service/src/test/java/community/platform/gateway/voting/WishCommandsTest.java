package community.platform.gateway.voting;

import static community.platform.gateway.interaction.TestCalls.GUILD;
import static community.platform.gateway.interaction.TestCalls.caller;
import static community.platform.gateway.interaction.TestCalls.refused;
import static community.platform.gateway.interaction.TestCalls.sent;
import static community.platform.gateway.interaction.TestCalls.slash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.platform.contracts.Topics;
import community.platform.contracts.voting.ManageWishes;
import community.platform.contracts.voting.ManageWishes.Action;
import community.platform.contracts.voting.SubmitWish;
import community.platform.contracts.voting.ids.WishFormId;
import community.platform.gateway.interaction.Caller;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.Options;
import community.platform.gateway.interaction.Options.Kind;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WishCommandsTest {

    final WishCommand wish = new WishCommand();
    final WishesCommand wishes = new WishesCommand();
    final Caller alice = new Caller(GUILD, caller().ref(), List.of(), 0, "Alice");

    @Test
    @DisplayName("GIVEN '/wish' with a category and text WHEN translated THEN SubmitWish keyed by the guild's wishes, the category in lower case, the member's name, answered privately")
    void wishWithText() {
        SubmitWish sent = sent(wish.onSlash(slash("wish", null, alice, "category", Kind.STRING, "Videos", "text",
                Kind.STRING, "  A speedrun series ")), Topics.VOTING_COMMANDS, GUILD + ":wishes",
                Ack.EPHEMERAL_REPLY, SubmitWish.class);
        assertThat(sent.category()).isEqualTo("videos");
        assertThat(sent.text()).isEqualTo("A speedrun series");
        assertThat(sent.authorName()).isEqualTo("Alice");
    }

    @Test
    @DisplayName("GIVEN '/wish' without text WHEN translated THEN a form for the category opens; its submission sends the wish")
    void longWishInAForm() {
        Outcome opened = wish.onSlash(slash("wish", null, alice, "category", Kind.STRING, "channels"));
        assertThat(opened).isInstanceOf(Outcome.OpenForm.class);
        String formId = ((Outcome.OpenForm) opened).modal().getId();
        assertThat(WishFormId.parse(formId)).contains(new WishFormId("channels"));
        SubmitWish sent = sent(wish.onForm(new Calls.Form(formId, Map.of(WishFormId.TEXT, "speedrunning\n"),
                alice)), Topics.VOTING_COMMANDS, GUILD + ":wishes", Ack.EPHEMERAL_REPLY, SubmitWish.class);
        assertThat(sent.category()).isEqualTo("channels");
        assertThat(sent.text()).isEqualTo("speedrunning");
        assertThat(refused(wish.onForm(new Calls.Form(formId, Map.of(WishFormId.TEXT, "  "), alice))))
                .contains("needs some text");
        assertThat(refused(wish.onForm(new Calls.Form("voting:wish:Bad Name", Map.of(), alice))))
                .contains("not available");
    }

    @Test
    @DisplayName("GIVEN '/wishes' subcommands WHEN translated THEN each action with the member's permissions; the summary is public, the rest private")
    void wishesActions() {
        ManageWishes top = sent(wishes.onSlash(slash("wishes", "top", "category", Kind.STRING, "Videos", "page",
                Kind.INTEGER, "2")), Topics.VOTING_COMMANDS, GUILD + ":wishes", Ack.EPHEMERAL_REPLY,
                ManageWishes.class);
        assertThat(top.action()).isEqualTo(Action.TOP);
        assertThat(top.category()).isEqualTo("videos");
        assertThat(top.page()).isEqualTo(2);
        assertThat(sent(wishes.onSlash(slash("wishes", "summary")), Topics.VOTING_COMMANDS, GUILD + ":wishes",
                Ack.REPLY, ManageWishes.class).action()).isEqualTo(Action.SUMMARY);
        ManageWishes sync = sent(wishes.onSlash(slash("wishes", "sync", caller(32))), Topics.VOTING_COMMANDS,
                GUILD + ":wishes", Ack.EPHEMERAL_REPLY, ManageWishes.class);
        assertThat(sync.permissions()).isEqualTo("32");
        ManageWishes decline = sent(wishes.onSlash(slash("wishes", "decline", "wish", Kind.INTEGER, "7", "reason",
                Kind.STRING, "We have one")), Topics.VOTING_COMMANDS, GUILD + ":wishes", Ack.EPHEMERAL_REPLY,
                ManageWishes.class);
        assertThat(decline.wish()).isEqualTo(7);
        assertThat(decline.reason()).isEqualTo("We have one");
        ManageWishes settings = sent(wishes.onSlash(slash("wishes", "settings", "channel", Kind.CHANNEL,
                "1300000000000000500", "categories", Kind.STRING, "Videos, art; channels art", "threshold",
                Kind.INTEGER, "60")), Topics.VOTING_COMMANDS, GUILD + ":wishes", Ack.EPHEMERAL_REPLY,
                ManageWishes.class);
        assertThat(settings.categories()).containsExactly("videos", "art", "channels");
        assertThat(settings.thresholdPercent()).isEqualTo(60);
        assertThat(settings.channelId()).isEqualTo("1300000000000000500");
        ManageWishes schedule = sent(wishes.onSlash(slash("wishes", "settings", "summary", Kind.STRING,
                "Sunday 9:05", "zone", Kind.STRING, "Europe/Paris")), Topics.VOTING_COMMANDS, GUILD + ":wishes",
                Ack.EPHEMERAL_REPLY, ManageWishes.class);
        assertThat(schedule.summaryDay()).isEqualTo("SUN");
        assertThat(schedule.summaryTime()).isEqualTo("09:05");
        assertThat(schedule.zone()).isEqualTo("Europe/Paris");
    }

    @Test
    @DisplayName("GIVEN bad '/wishes' input WHEN translated THEN refused with the reason, nothing sent")
    void refusals() {
        assertThat(refused(wishes.onSlash(slash("wishes", "decline", "wish", Kind.INTEGER, "7"))))
                .contains("Say why");
        assertThatThrownBy(() -> wishes.onSlash(slash("wishes", "settings", "categories", Kind.STRING,
                "videos, ≠art"))).isInstanceOf(Options.BadOption.class).hasMessageContaining("not a category name");
        assertThatThrownBy(() -> wishes.onSlash(slash("wishes", "settings", "categories", Kind.STRING,
                "a,b,c,d,e,f,g,h,i,j,k"))).isInstanceOf(Options.BadOption.class).hasMessageContaining("1 to 10");
        assertThat(refused(wishes.onSlash(slash("wishes", "dance")))).contains("Say what to do");
        assertThatThrownBy(() -> wishes.onSlash(slash("wishes", "settings", "summary", Kind.STRING, "someday 25:00")))
                .isInstanceOf(Options.BadOption.class).hasMessageContaining("'sun 18:00'");
        assertThatThrownBy(() -> wishes.onSlash(slash("wishes", "settings", "summary", Kind.STRING, "sun 18:00",
                "zone", Kind.STRING, "Mars/Base"))).isInstanceOf(Options.BadOption.class)
                .hasMessageContaining("not a time zone");
        assertThat(refused(wishes.onSlash(slash("wishes", "settings", "zone", Kind.STRING, "UTC"))))
                .contains("day and time");
    }
}
