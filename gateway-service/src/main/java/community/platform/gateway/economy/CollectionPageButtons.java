package community.platform.gateway.economy;

import community.platform.contracts.economy.ShowEconomy;
import community.platform.contracts.economy.ShowEconomy.View;
import community.platform.contracts.economy.ids.CollectionPageId;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.Set;

/** A collection's page buttons ({@link CollectionPageId}): the page asked for, on the same message. */
public final class CollectionPageButtons implements GatewayCommand {

    @Override
    public Set<String> customIdPrefixes() {
        return Set.of(CollectionPageId.PREFIX);
    }

    @Override
    public Outcome onComponent(Calls.Component call) {
        return Outcome.ifRecognised(CollectionPageId.parse(call.customId()), p -> Economy.send(call.caller(),
                p.memberId(), new ShowEconomy(call.caller().guildId(), View.COLLECTION, p.memberId(), p.page(), null,
                        null, p.rarity(), p.element(), p.name(), call.caller().ref()), Ack.UPDATE));
    }
}
