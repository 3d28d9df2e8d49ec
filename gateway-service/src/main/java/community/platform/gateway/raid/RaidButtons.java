package community.platform.gateway.raid;

import community.platform.contracts.Topics;
import community.platform.contracts.raid.CloseRaid;
import community.platform.contracts.raid.VoteRaid;
import community.platform.contracts.raid.ids.RaidCloseId;
import community.platform.contracts.raid.ids.RaidVoteId;
import community.platform.gateway.interaction.Calls;
import community.platform.gateway.interaction.GatewayCommand;
import community.platform.gateway.interaction.Outcome;
import community.platform.gateway.interaction.Outcome.Ack;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The raid message's day and time selects (every option a member can make; none withdraws) and its Finish and Cancel
 * buttons, keyed by the raid: a raid's votes and its close apply in order. Acknowledged without a visible change; the
 * raid service answers the member privately and edits the message once for many votes.
 */
public final class RaidButtons implements GatewayCommand {

    @Override
    public Set<String> customIdPrefixes() {
        return Set.of(RaidVoteId.PREFIX, RaidCloseId.PREFIX);
    }

    @Override
    public Outcome onComponent(Calls.Component call) {
        var vote = RaidVoteId.parse(call.customId());
        if (vote.isPresent()) {
            List<Integer> values = new ArrayList<>();
            for (String v : call.values()) {
                try {
                    int index = Integer.parseInt(v);
                    if (index < 0 || index >= RaidPlanCommand.MAX_OPTIONS || values.contains(index)) {
                        return Outcome.refuse("That option is not on this raid.");
                    }
                    values.add(index);
                } catch (NumberFormatException e) {
                    return Outcome.refuse("That option is not on this raid.");
                }
            }
            String name = call.caller().displayName();
            return Outcome.send(Topics.RAID_COMMANDS, vote.get().raidId(), new VoteRaid(call.caller().guildId(),
                    vote.get().raidId(), vote.get().part(), values, call.caller().ref(), name == null ? null
                    : name.substring(0, Math.min(RaidPlanCommand.MAX_OPTION, name.length()))), Ack.UPDATE);
        }
        return Outcome.ifRecognised(RaidCloseId.parse(call.customId()), id -> Outcome.send(Topics.RAID_COMMANDS,
                id.raidId(), new CloseRaid(call.caller().guildId(), id.raidId(), id.action(), call.caller().ref(),
                Long.toString(call.caller().permissions())), Ack.UPDATE));
    }
}
