package community.platform.discord.emulator.script;

import static community.platform.discord.emulator.model.CommandRules.BOOLEAN;
import static community.platform.discord.emulator.model.CommandRules.CHANNEL;
import static community.platform.discord.emulator.model.CommandRules.INTEGER;
import static community.platform.discord.emulator.model.CommandRules.MENTIONABLE;
import static community.platform.discord.emulator.model.CommandRules.NUMBER;
import static community.platform.discord.emulator.model.CommandRules.ROLE;
import static community.platform.discord.emulator.model.CommandRules.STRING;
import static community.platform.discord.emulator.model.CommandRules.SUB_COMMAND;
import static community.platform.discord.emulator.model.CommandRules.SUB_COMMAND_GROUP;
import static community.platform.discord.emulator.model.CommandRules.USER_OPTION;

import community.platform.discord.emulator.model.Channel;
import community.platform.discord.emulator.model.Guild;
import community.platform.discord.emulator.model.Member;
import community.platform.discord.emulator.model.Payloads;
import community.platform.discord.emulator.model.Permissions;
import community.platform.discord.emulator.model.Role;
import community.platform.discord.emulator.model.World;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a member's Discord client lets them send: only a registered command, offered to them (its
 * {@code default_member_permissions}), its subcommands and declared options, each typed by the registration, required
 * ones present, values within choices and bounds; users, roles and channels come with their {@code resolved} objects
 * (docs: receiving-and-responding.mdx "Application Command Data Structure", "Resolved Data Structure"). What the client
 * would not offer is an {@link IllegalArgumentException} in the script: it can never reach the bot.
 */
final class CommandInvocation {

    private final World world;
    private final Guild guild;
    private final Member member;
    /**
     * a modified client (a forged interaction): no permission, required-option, choice, length or range checks; the
     * registration still names and types the options
     */
    private final boolean forged;

    CommandInvocation(World world, Guild guild, Member member) {
        this(world, guild, member, false);
    }

    CommandInvocation(World world, Guild guild, Member member, boolean forged) {
        this.world = world;
        this.guild = guild;
        this.member = member;
        this.forged = forged;
    }

    /** The registered command of that type and name (guild commands first, then global ones). */
    JsonNode registered(int type, String name) {
        for (long scope : new long[] {guild.id, 0L}) {
            ArrayNode commands = world.commands.get(scope);
            if (commands != null) {
                for (JsonNode c : commands) {
                    if (c.path("type").asInt(1) == type && c.path("name").asString().equals(name)) {
                        requireOffered(c);
                        return c;
                    }
                }
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a registered command of type " + type
                + ": Discord offers members registered commands only (registered: " + registeredNames() + ")");
    }

    /** The interaction data of a slash command: {@code words} are the command and its subcommand path. */
    ObjectNode slash(String[] words, Map<String, ?> options) {
        JsonNode command = registered(1, words[0]);
        ObjectNode data = header(command);
        ObjectNode resolved = Payloads.object();
        ArrayNode target = data.putArray("options");
        JsonNode declared = command.path("options");
        for (int k = 1; k < words.length; k++) {
            JsonNode sub = declaredOption(declared, words[k], words[0]);
            int type = sub.path("type").asInt();
            if (type != SUB_COMMAND && type != SUB_COMMAND_GROUP) {
                throw new IllegalArgumentException("'" + words[k] + "' of /" + words[0] + " is not a subcommand");
            }
            ObjectNode o = target.addObject();
            o.put("name", words[k]);
            o.put("type", type);
            target = o.putArray("options");
            declared = sub.path("options");
        }
        for (JsonNode d : declared) {
            int type = d.path("type").asInt();
            if (type == SUB_COMMAND || type == SUB_COMMAND_GROUP) {
                throw new IllegalArgumentException("/" + String.join(" ", words)
                        + " needs a subcommand: Discord does not let members run its base command");
            }
            if (!forged && d.path("required").asBoolean(false) && !options.containsKey(d.path("name").asString())) {
                throw new IllegalArgumentException("/" + String.join(" ", words) + " requires the option '"
                        + d.path("name").asString() + "'");
            }
        }
        for (Map.Entry<String, ?> e : options.entrySet()) {
            target.add(option(declaredOption(declared, e.getKey(), words[0]), e.getValue(), resolved));
        }
        if (!resolved.isEmpty()) {
            data.set("resolved", resolved);
        }
        return data;
    }

    /** The header every command's data carries: id, name, type and the guild of a guild command. */
    ObjectNode header(JsonNode command) {
        ObjectNode data = Payloads.object();
        data.put("id", command.path("id").asString());
        data.put("name", command.path("name").asString());
        data.put("type", command.path("type").asInt(1));
        if (command.has("guild_id")) {
            data.put("guild_id", Payloads.id(guild.id));
        }
        return data;
    }

    private void requireOffered(JsonNode command) {
        if (forged) {
            return;
        }
        JsonNode needed = command.path("default_member_permissions");
        if (needed.isMissingNode() || needed.isNull()) {
            return;
        }
        long bits = Long.parseLong(needed.asString());
        long has = guild.permissionsOf(member);
        if ((has & Permissions.ADMINISTRATOR) == 0 && (has & bits) != bits) {
            throw new IllegalArgumentException("'" + command.path("name").asString() + "' is hidden from "
                    + member.user.name + ": it needs permissions " + bits + " (default_member_permissions)");
        }
    }

    private static JsonNode declaredOption(JsonNode declared, String name, String command) {
        for (JsonNode d : declared) {
            if (d.path("name").asString().equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("/" + command + " declares no option or subcommand '" + name + "'");
    }

    private ObjectNode option(JsonNode declared, Object value, ObjectNode resolved) {
        String name = declared.path("name").asString();
        int type = declared.path("type").asInt();
        ObjectNode o = Payloads.object();
        o.put("name", name);
        o.put("type", type);
        switch (type) {
            case STRING -> {
                String s = String.valueOf(value);
                int min = declared.path("min_length").asInt(0);
                int max = declared.path("max_length").asInt(6000);
                if (!forged && (s.length() < min || s.length() > max)) {
                    throw refused(name, value, "must be " + min + " to " + max + " characters");
                }
                o.put("value", s);
            }
            case INTEGER -> {
                long l = integer(name, value);
                within(declared, name, value, l);
                o.put("value", l);
            }
            case NUMBER -> {
                double d = value instanceof Number n ? n.doubleValue() : parseDouble(name, value);
                within(declared, name, value, d);
                o.put("value", d);
            }
            case BOOLEAN -> {
                if (!(value instanceof Boolean) && !"true".equals(value) && !"false".equals(value)) {
                    throw refused(name, value, "is a true/false option");
                }
                o.put("value", Boolean.parseBoolean(String.valueOf(value)));
            }
            case USER_OPTION -> o.put("value", Payloads.id(user(name, value, resolved, false)));
            case MENTIONABLE -> o.put("value", Payloads.id(user(name, value, resolved, true)));
            case ROLE -> o.put("value", Payloads.id(role(name, value, resolved)));
            case CHANNEL -> o.put("value", Payloads.id(channel(name, value, resolved)));
            default -> throw new IllegalArgumentException("the emulator does not send options of type " + type
                    + " ('" + name + "')");
        }
        JsonNode choices = declared.path("choices");
        if (!forged && !choices.isMissingNode() && !choices.isEmpty()) {
            Set<String> allowed = new HashSet<>();
            choices.forEach(c -> allowed.add(c.path("value").asString()));
            if (!allowed.contains(o.get("value").asString())) {
                throw refused(name, value, "is not one of the choices " + allowed);
            }
        }
        return o;
    }

    private static long integer(String name, Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        try {
            return Long.parseLong(String.valueOf(value));
        } catch (NumberFormatException e) {
            throw refused(name, value, "is a whole-number option");
        }
    }

    private static double parseDouble(String name, Object value) {
        try {
            return Double.parseDouble(String.valueOf(value));
        } catch (NumberFormatException e) {
            throw refused(name, value, "is a number option");
        }
    }

    private void within(JsonNode declared, String name, Object value, double v) {
        if (forged) {
            return;
        }
        if (declared.has("min_value") && v < declared.get("min_value").asDouble()
                || declared.has("max_value") && v > declared.get("max_value").asDouble()) {
            throw refused(name, value, "must be between " + declared.path("min_value").asString("-")
                    + " and " + declared.path("max_value").asString("-"));
        }
    }

    private long user(String name, Object value, ObjectNode resolved, boolean orRole) {
        long id = value instanceof MemberScript m ? m.id() : snowflake(name, value);
        if (orRole && guild.roles.containsKey(id)) {
            return role(name, id, resolved);
        }
        var user = world.users.get(id);
        if (user == null) {
            throw refused(name, value, "names no user");
        }
        (resolved.has("users") ? (ObjectNode) resolved.get("users") : resolved.putObject("users"))
                .set(Payloads.id(id), Payloads.user(user));
        Member m = guild.members.get(id);
        if (m != null) {
            // a partial member: no user, deaf or mute; the permissions they have in the channel
            ObjectNode partial = Payloads.member(m);
            partial.remove("user");
            partial.remove("deaf");
            partial.remove("mute");
            partial.put("permissions", Long.toString(guild.permissionsOf(m)));
            (resolved.has("members") ? (ObjectNode) resolved.get("members") : resolved.putObject("members"))
                    .set(Payloads.id(id), partial);
        }
        return id;
    }

    private long role(String name, Object value, ObjectNode resolved) {
        long id = snowflake(name, value);
        Role r = guild.roles.get(id);
        if (r == null) {
            throw refused(name, value, "names no role of " + guild.name);
        }
        (resolved.has("roles") ? (ObjectNode) resolved.get("roles") : resolved.putObject("roles"))
                .set(Payloads.id(id), Payloads.role(r));
        return id;
    }

    private long channel(String name, Object value, ObjectNode resolved) {
        String text = String.valueOf(value);
        Channel c = text.startsWith("#")
                ? guild.channels.values().stream().filter(ch -> text.substring(1).equals(ch.name)).findFirst()
                        .orElse(null)
                : guild.channels.get(snowflake(name, value));
        if (c == null) {
            throw refused(name, value, "names no channel of " + guild.name);
        }
        ObjectNode partial = Payloads.channel(c, world);
        partial.put("permissions", Long.toString(guild.permissionsOf(member)));
        (resolved.has("channels") ? (ObjectNode) resolved.get("channels") : resolved.putObject("channels"))
                .set(Payloads.id(c.id), partial);
        return c.id;
    }

    private static long snowflake(String name, Object value) {
        if (value instanceof Long l) {
            return l;
        }
        try {
            return Long.parseUnsignedLong(String.valueOf(value));
        } catch (NumberFormatException e) {
            throw refused(name, value, "takes an id");
        }
    }

    private static IllegalArgumentException refused(String name, Object value, String why) {
        return new IllegalArgumentException("Discord's client refuses '" + value + "' for option '" + name + "': "
                + name + " " + why);
    }

    private String registeredNames() {
        StringBuilder out = new StringBuilder();
        for (long scope : new long[] {guild.id, 0L}) {
            ArrayNode commands = world.commands.get(scope);
            if (commands != null) {
                commands.forEach(c -> out.append(out.isEmpty() ? "" : ", ").append(c.path("name").asString()));
            }
        }
        return out.isEmpty() ? "none" : out.toString();
    }
}
