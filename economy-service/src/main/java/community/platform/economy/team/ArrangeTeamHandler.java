package community.platform.economy.team;

import community.platform.contracts.MessageCatalog;
import community.platform.contracts.economy.ArrangeTeam;
import community.platform.economy.game.Esprit;
import community.platform.economy.game.GameDataRepository;
import community.platform.economy.game.GameRules;
import community.platform.economy.game.PowerPolicy;
import community.platform.economy.member.CollectionRepository;
import community.platform.economy.member.MemberCommandHandler;
import community.platform.economy.member.MemberTurn;
import community.platform.runtime.outbox.OutboxWriter;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code ArrangeTeam}: put an owned esprit in a slot, clear a slot, or fill the team with the strongest esprits. */
@Component
class ArrangeTeamHandler extends MemberCommandHandler<ArrangeTeam> {

    private final CollectionRepository collection;
    private final TeamRepository teams;

    ArrangeTeamHandler(GameDataRepository games, OutboxWriter outbox, CollectionRepository collection,
                       TeamRepository teams) {
        super(MessageCatalog.ARRANGE_TEAM, games, outbox);
        this.collection = collection;
        this.teams = teams;
    }

    @Override
    protected void handle(ArrangeTeam command, MemberTurn t) {
        GameRules rules = t.rules();
        String headline;
        switch (command.arrangement()) {
            case SET, CLEAR -> {
                Integer slot = command.slot();
                if (slot == null || slot < 1 || slot > rules.teamSlots()) {
                    notice(t, TeamRenderer.noSuchSlot(rules));
                    return;
                }
                if (command.arrangement() == ArrangeTeam.Arrangement.CLEAR) {
                    teams.clearSlot(t.guild(), t.member(), slot);
                    headline = TeamRenderer.slotCleared(slot);
                } else {
                    if (command.esprit() == null
                            || collection.lock(t.guild(), t.member(), command.esprit()).isEmpty()) {
                        notice(t, TeamRenderer.notYours(command.esprit()));
                        return;
                    }
                    teams.setSlot(t.guild(), t.member(), slot, command.esprit());
                    headline = TeamRenderer.placed(command.esprit(), slot);
                }
            }
            case OPTIMIZE -> {
                List<Esprit> best = collection.owned(t.guild(), t.member()).stream()
                        .sorted(PowerPolicy.strongestFirst(rules)).limit(rules.teamSlots()).toList();
                teams.clearTeam(t.guild(), t.member());
                for (int i = 0; i < best.size(); i++) {
                    teams.setSlot(t.guild(), t.member(), i + 1, best.get(i).number());
                }
                headline = TeamRenderer.optimized(!best.isEmpty());
            }
            default -> throw new IllegalStateException("arrangement " + command.arrangement());
        }
        reply(t, TeamRenderer.team(rules, t.member(), collection.team(t.guild(), t.member()), headline));
    }
}
