package community.platform.contracts;

import java.util.List;

/** The topic registry: every topic of the system with the key of each. Topic names follow {@code <owner>.commands}. */
public final class Topics {

    public static final Topic GATEWAY_COMMANDS = new Topic("gateway.commands", "gateway",
            "guild id for the guild's gateway settings (its log channel); pipeline probe: probe id");
    public static final Topic GATEWAY_EVENTS = new Topic("gateway.events", "gateway", "same entity as the command");

    public static final Topic VOTING_COMMANDS = new Topic("voting.commands", "voting",
            "proposal, campaign or wish id (a proposal's id is the id of the interaction that opened it); "
                    + "pipeline probe: probe id");
    public static final Topic VOTING_EVENTS = new Topic("voting.events", "voting", "same entity as the command");

    public static final Topic ECONOMY_COMMANDS = new Topic("economy.commands", "economy",
            "member as <guildId>:<userId>; game settings as <guildId>:settings; pipeline probe: probe id");
    public static final Topic ECONOMY_EVENTS = new Topic("economy.events", "economy", "same entity as the command");

    public static final Topic RAID_COMMANDS = new Topic("raid.commands", "raid", "raid id; pipeline probe: probe id");
    public static final Topic RAID_EVENTS = new Topic("raid.events", "raid", "same entity as the command");

    public static final Topic MODERATION_COMMANDS = new Topic("moderation.commands", "moderation",
            "escalation id (the id of the interaction that opened it); a member's report <guildId>:<memberId>; settings <guildId>:settings; pipeline probe: probe id");
    public static final Topic MODERATION_EVENTS = new Topic("moderation.events", "moderation",
            "same entity as the command");

    /** Timer firings do not come back here: they go to the owner's commands topic keyed by the owner's entity. */
    public static final Topic SCHEDULER_COMMANDS = new Topic("scheduler.commands", "scheduler",
            "<owner>:<timerId> for timers, guild id for job settings and runs; pipeline probe: probe id");
    public static final Topic SCHEDULER_EVENTS = new Topic("scheduler.events", "scheduler",
            "guild id of the job run (0: platform-wide jobs such as the backup)");

    public static final Topic DISCORD_ACTIONS = new Topic("discord.actions", "gateway",
            "channel id the action touches, so actions on one channel keep their order (dm:<userId> for direct messages, "
                    + "<guildId>:<userId> for moderation of a member)");
    public static final Topic DISCORD_EVENTS = new Topic("discord.events", "gateway",
            "message id for reactions and deletes, <guildId>:<userId> for member and voice events, "
                    + "<guildId>:members for member listings, the action id for what became of a Discord action");

    public static final List<Topic> ALL = List.of(
            GATEWAY_COMMANDS, GATEWAY_EVENTS, VOTING_COMMANDS, VOTING_EVENTS, ECONOMY_COMMANDS, ECONOMY_EVENTS,
            RAID_COMMANDS, RAID_EVENTS, MODERATION_COMMANDS, MODERATION_EVENTS, SCHEDULER_COMMANDS, SCHEDULER_EVENTS,
            DISCORD_ACTIONS, DISCORD_EVENTS);

    private Topics() {
    }

    public static Topic commandsOf(String service) {
        return find(service + ".commands");
    }

    public static Topic eventsOf(String service) {
        return find(service + ".events");
    }

    /**
     * True for a topic of imperative messages ({@code <service>.commands}, {@code discord.actions}): a message nobody
     * handles there is an error rather than noise, and its consumer dead-letters what it cannot handle.
     */
    public static boolean isCommands(String name) {
        return name.endsWith(".commands") || name.endsWith(DISCORD_ACTIONS.name());
    }

    public static Topic find(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no topic named " + name + " in the registry"));
    }
}
