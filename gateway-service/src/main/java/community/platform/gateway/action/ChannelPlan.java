package community.platform.gateway.action;

import community.platform.gateway.interaction.Outcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What one channel's actions of a poll come to before any is performed, from two facts the database holds: which
 * actions were performed, refused or replaced before, and which clicks the gateway acknowledged by updating the
 * clicked message. An action done before (a redelivery) or met twice in the poll (a relay may re-send one) is a
 * duplicate; an edit that a later edit of the same message replaces is recorded with it instead of performed
 * ({@link SupersededEdits}); the rest fall into lines ({@link ActionOrder}): each line in offset order, the lines side
 * by side.
 *
 * @param lines      the actions to perform, by line, each with the edits it replaces
 * @param duplicates the actions skipped because they were done before
 * @param replaced   the edits recorded with a later one instead of performed
 */
record ChannelPlan(List<List<Step>> lines, List<ReadAction> duplicates, List<ReadAction> replaced) {

    /** An action to perform, and the earlier edits of its message it is recorded for. */
    record Step(ReadAction action, List<ReadAction> replaces) {
    }

    /**
     * @param actions    the channel's actions of the poll, in offset order
     * @param doneBefore of these ids, those performed, refused or replaced before
     * @param acksOf     how the gateway acknowledged these interactions (asked only for clicks' edits)
     */
    static ChannelPlan of(List<ReadAction> actions, Function<List<UUID>, Collection<UUID>> doneBefore,
                          Function<Set<String>, Map<String, Outcome.Ack>> acksOf) {
        if (actions.isEmpty()) {
            return new ChannelPlan(List.of(), List.of(), List.of());
        }
        Set<UUID> done = new HashSet<>(doneBefore.apply(actions.stream().map(ReadAction::id).toList()));
        List<ReadAction> todo = new ArrayList<>();
        List<ReadAction> duplicates = new ArrayList<>();
        for (ReadAction a : actions) {
            (done.add(a.id()) ? todo : duplicates).add(a);
        }
        List<SupersededEdits.Pending> pending = todo.stream()
                .map(a -> new SupersededEdits.Pending(a.id(), a.action())).toList();
        Set<String> ask = SupersededEdits.interactionsToAsk(pending);
        Map<String, Outcome.Ack> acks = ask.isEmpty() ? Map.of() : acksOf.apply(ask);
        Predicate<String> updatesMessage = id -> acks.get(id) == Outcome.Ack.UPDATE;
        SupersededEdits edits = SupersededEdits.of(pending, updatesMessage);
        Map<UUID, ReadAction> byId = new HashMap<>();
        todo.forEach(a -> byId.put(a.id(), a));
        Map<String, List<Step>> lines = new LinkedHashMap<>();
        List<ReadAction> replaced = new ArrayList<>();
        for (ReadAction a : todo) {
            if (edits.superseded(a.id())) {
                replaced.add(a);
            } else {
                lines.computeIfAbsent(ActionOrder.of(a.action(), updatesMessage), k -> new ArrayList<>())
                        .add(new Step(a, edits.replacedBy(a.id()).stream().map(byId::get).toList()));
            }
        }
        return new ChannelPlan(List.copyOf(lines.values()), duplicates, replaced);
    }
}
