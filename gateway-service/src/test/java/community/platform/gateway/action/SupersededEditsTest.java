package community.platform.gateway.action;

import static community.platform.gateway.action.DiscordActionFixtures.CHANNEL;
import static community.platform.gateway.action.DiscordActionFixtures.GUILD;
import static community.platform.gateway.action.DiscordActionFixtures.clickEdit;
import static community.platform.gateway.action.DiscordActionFixtures.followUp;
import static community.platform.gateway.action.DiscordActionFixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;

import community.platform.contracts.discord.DiscordAction;
import community.platform.contracts.discord.DiscordMessage;
import community.platform.contracts.discord.EditChannelMessage;
import community.platform.contracts.discord.EditInteractionReply;
import community.platform.gateway.action.SupersededEdits.Pending;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SupersededEditsTest {

    private final List<Pending> actions = new ArrayList<>();

    @Test
    @DisplayName("GIVEN three clicks on one ballot, each answered by an edit of the clicked message and a follow-up WHEN coalesced THEN only the last edit is performed, it records the two before it, and every follow-up is performed")
    void lastEditOfAClickedMessageWins() {
        UUID edit1 = add(clickEdit("i1", "m", false));
        UUID follow1 = add(followUp("i1"));
        UUID edit2 = add(clickEdit("i2", "m", false));
        UUID follow2 = add(followUp("i2"));
        UUID edit3 = add(clickEdit("i3", "m", false));

        SupersededEdits edits = SupersededEdits.of(actions, id -> true);

        assertThat(edits.superseded(edit1)).isTrue();
        assertThat(edits.superseded(edit2)).isTrue();
        assertThat(edits.superseded(edit3)).isFalse();
        assertThat(edits.superseded(follow1)).isFalse();
        assertThat(edits.superseded(follow2)).isFalse();
        assertThat(edits.replacedBy(edit3)).containsExactly(edit1, edit2);
        assertThat(edits.replacedBy(follow1)).isEmpty();
    }

    @Test
    @DisplayName("GIVEN two clicks on one message each answered with a reply of its own (not an update of the message) WHEN coalesced THEN both edits are performed: each edits a different reply")
    void repliesOfTheirOwnAreNotTheSameMessage() {
        UUID edit1 = add(clickEdit("i1", "m", false));
        UUID edit2 = add(clickEdit("i2", "m", false));

        SupersededEdits edits = SupersededEdits.of(actions, id -> false);

        assertThat(edits.superseded(edit1)).isFalse();
        assertThat(edits.superseded(edit2)).isFalse();
        assertThat(edits.replacedBy(edit2)).isEmpty();
    }

    @Test
    @DisplayName("GIVEN an edit whose requester asked to hear back which message it edited, then a later edit of it WHEN coalesced THEN the reporting edit is still performed")
    void reportingEditIsAlwaysPerformed() {
        UUID reporting = add(clickEdit("i1", "m", true));
        UUID later = add(clickEdit("i2", "m", false));

        SupersededEdits edits = SupersededEdits.of(actions, id -> true);

        assertThat(edits.superseded(reporting)).isFalse();
        assertThat(edits.superseded(later)).isFalse();
    }

    @Test
    @DisplayName("GIVEN a bot message edited by a deadline, then by a click, and another message edited once WHEN coalesced THEN the click's edit replaces the first, the other message's edit stays")
    void channelEditsAndClickEditsOfOneMessageFold() {
        UUID byDeadline = add(new EditChannelMessage(GUILD, CHANNEL, "m", DiscordMessage.text("closed")));
        UUID other = add(new EditChannelMessage(GUILD, CHANNEL, "n", DiscordMessage.text("other")));
        UUID byClick = add(clickEdit("i1", "m", false));

        SupersededEdits edits = SupersededEdits.of(actions, id -> true);

        assertThat(edits.replacedBy(byClick)).containsExactly(byDeadline);
        assertThat(edits.superseded(other)).isFalse();
        assertThat(edits.replacedBy(other)).isEmpty();
    }

    @Test
    @DisplayName("GIVEN click edits of two messages, a follow-up and a slash command's reply WHEN asking how interactions were acknowledged THEN exactly the clicks' edits are looked up")
    void clickEditsAreLookedUp() {
        add(clickEdit("i1", "m", false));
        add(clickEdit("i2", "n", false));
        add(followUp("i3"));
        add(new EditInteractionReply(GUILD, ref("i4", null), DiscordMessage.text("done")));

        assertThat(SupersededEdits.interactionsToAsk(actions)).isEqualTo(Set.of("i1", "i2"));
    }

    private UUID add(DiscordAction action) {
        UUID id = UUID.randomUUID();
        actions.add(new Pending(id, action));
        return id;
    }
}
