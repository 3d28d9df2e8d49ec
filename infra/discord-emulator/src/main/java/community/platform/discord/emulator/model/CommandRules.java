package community.platform.discord.emulator.model;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Discord's rules for registering application commands (docs: developers/interactions/application-commands.mdx,
 * "Application Command Naming", "Application Command Structure", "Application Command Option Structure",
 * "Subcommands and Subcommand Groups", "Registering a Command"). A bulk overwrite that breaks one is refused whole
 * with 50035 and the field that is wrong, or 30032 when a type has too many commands.
 */
public final class CommandRules {

    public static final int CHAT_INPUT = 1;
    public static final int USER = 2;
    public static final int MESSAGE = 3;

    public static final int SUB_COMMAND = 1;
    public static final int SUB_COMMAND_GROUP = 2;
    public static final int STRING = 3;
    public static final int INTEGER = 4;
    public static final int BOOLEAN = 5;
    public static final int USER_OPTION = 6;
    public static final int CHANNEL = 7;
    public static final int ROLE = 8;
    public static final int MENTIONABLE = 9;
    public static final int NUMBER = 10;
    public static final int ATTACHMENT = 11;

    /** "{@code ^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$} ... If there is a lowercase variant ... you must use it" */
    private static final Pattern SLASH_NAME = Pattern.compile("^[-_'\\p{L}\\p{N}\\p{IsDevanagari}\\p{IsThai}]{1,32}$");
    /** 100 slash, 15 user and 15 message commands per scope (change log, March 3, 2026) */
    private static final Map<Integer, Integer> MAX_PER_TYPE = Map.of(CHAT_INPUT, 100, USER, 15, MESSAGE, 15);
    private static final int MAX_OPTIONS = 25;
    private static final int MAX_CHOICES = 25;
    private static final int MAX_SIZE = 8000;
    private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private CommandRules() {
    }

    /** Checks a bulk overwrite's body; throws Discord's error for the first rule it breaks. */
    public static void checkBulk(JsonNode body) {
        if (!body.isArray()) {
            throw FormErrors.of("", "BASE_TYPE_ARRAY", "Must be an array.");
        }
        FormErrors errors = new FormErrors();
        Map<Integer, Set<String>> names = Map.of(CHAT_INPUT, new HashSet<>(), USER, new HashSet<>(), MESSAGE,
                new HashSet<>());
        for (int i = 0; i < body.size(); i++) {
            JsonNode command = body.get(i);
            String at = Integer.toString(i);
            int type = command.path("type").asInt(CHAT_INPUT);
            if (!names.containsKey(type)) {
                errors.add(at + ".type", "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3}.");
                continue;
            }
            checkCommand(at, type, command, errors);
            if (!names.get(type).add(command.path("name").asString(""))) {
                errors.add(at, "APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique");
            }
        }
        errors.throwIfAny();
        names.forEach((type, seen) -> {
            if (seen.size() > MAX_PER_TYPE.get(type)) {
                throw new DiscordError(400, 30032, "Maximum number of application commands reached ("
                        + MAX_PER_TYPE.get(type) + ")");
            }
        });
    }

    private static void checkCommand(String at, int type, JsonNode command, FormErrors errors) {
        String name = command.path("name").asString(null);
        if (name == null) {
            errors.add(at + ".name", "BASE_TYPE_REQUIRED", "This field is required");
        } else if (type == CHAT_INPUT) {
            checkSlashName(at + ".name", name, errors);
        } else if (name.isEmpty() || name.length() > 32) {
            errors.add(at + ".name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 32 in length.");
        }
        String description = command.path("description").asString("");
        if (type == CHAT_INPUT) {
            checkLength(at + ".description", description, 1, 100, errors);
            checkOptions(at + ".options", command.path("options"), true, true, errors);
        } else {
            if (!description.isEmpty()) {
                errors.add(at + ".description", "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION",
                        "Context menu commands cannot have description");
            }
            if (command.has("options") && !command.get("options").isEmpty()) {
                errors.add(at + ".options", "APPLICATION_COMMAND_CONTEXT_MENU_OPTIONS",
                        "Context menu commands cannot have options");
            }
        }
        JsonNode permissions = command.path("default_member_permissions");
        if (!permissions.isMissingNode() && !permissions.isNull()
                && !(permissions.isString() && permissions.asString().matches("\\d{1,20}"))) {
            errors.add(at + ".default_member_permissions", "NUMBER_TYPE_COERCE",
                    "Value \"" + permissions + "\" is not snowflake.");
        }
        if (type == CHAT_INPUT && size(command) > MAX_SIZE) {
            errors.add(at, "APPLICATION_COMMAND_TOO_LARGE", "Command exceeds maximum size (" + MAX_SIZE + ")");
        }
    }

    private static void checkSlashName(String at, String name, FormErrors errors) {
        if (!SLASH_NAME.matcher(name).matches() || !name.equals(name.toLowerCase(Locale.ROOT))) {
            errors.add(at, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
        }
    }

    private static void checkLength(String at, String value, int min, int max, FormErrors errors) {
        if (value.length() < min || value.length() > max) {
            errors.add(at, "BASE_TYPE_BAD_LENGTH", "Must be between " + min + " and " + max + " in length.");
        }
    }

    private static void checkOptions(String at, JsonNode options, boolean subcommands, boolean groups,
                                     FormErrors errors) {
        if (options.isMissingNode() || options.isNull()) {
            return;
        }
        if (options.size() > MAX_OPTIONS) {
            errors.add(at, "BASE_TYPE_MAX_LENGTH", "Must be " + MAX_OPTIONS + " or fewer in length.");
        }
        Set<String> names = new HashSet<>();
        boolean optionalSeen = false;
        int nested = 0;
        for (int k = 0; k < options.size(); k++) {
            JsonNode option = options.get(k);
            String here = at + "." + k;
            int type = option.path("type").asInt(-1);
            String name = option.path("name").asString("");
            checkSlashName(here + ".name", name, errors);
            checkLength(here + ".description", option.path("description").asString(""), 1, 100, errors);
            if (!names.add(name)) {
                errors.add(here + ".name", "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS",
                        "Option names must be unique");
            }
            if (type < SUB_COMMAND || type > ATTACHMENT) {
                errors.add(here + ".type", "BASE_TYPE_CHOICES", "Value must be one of 1 to 11.");
                continue;
            }
            if (type == SUB_COMMAND || type == SUB_COMMAND_GROUP) {
                nested++;
                if (type == SUB_COMMAND && !subcommands || type == SUB_COMMAND_GROUP && !groups) {
                    // "nesting one level deep within a group ... That is the only kind of nesting supported"
                    errors.add(here + ".type", "APPLICATION_COMMAND_OPTION_TYPE_INVALID",
                            "Subcommands and groups nest only as command > group > subcommand");
                    continue;
                }
                if (type == SUB_COMMAND_GROUP) {
                    checkOptions(here + ".options", option.path("options"), true, false, errors);
                    requireOnlySubcommands(here + ".options", option.path("options"), errors);
                } else {
                    checkOptions(here + ".options", option.path("options"), false, false, errors);
                }
                continue;
            }
            boolean required = option.path("required").asBoolean(false);
            if (required && optionalSeen) {
                errors.add(here + ".required", "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                        "Required options must be placed before non-required options");
            }
            optionalSeen |= !required;
            checkValueRules(here, type, option, errors);
        }
        if (nested > 0 && nested < options.size()) {
            errors.add(at, "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
                    "Subcommands and groups cannot be mixed with other options");
        }
    }

    private static void requireOnlySubcommands(String at, JsonNode options, FormErrors errors) {
        for (int k = 0; k < options.size(); k++) {
            if (options.get(k).path("type").asInt() != SUB_COMMAND) {
                errors.add(at + "." + k + ".type", "APPLICATION_COMMAND_OPTION_TYPE_INVALID",
                        "A subcommand group holds subcommands only");
            }
        }
    }

    private static void checkValueRules(String at, int type, JsonNode option, FormErrors errors) {
        JsonNode choices = option.path("choices");
        if (!choices.isMissingNode() && !choices.isNull() && !choices.isEmpty()) {
            if (type != STRING && type != INTEGER && type != NUMBER) {
                errors.add(at + ".choices", "APPLICATION_COMMAND_OPTION_CHOICES_INVALID",
                        "Only string, integer and number options have choices");
            }
            if (choices.size() > MAX_CHOICES) {
                errors.add(at + ".choices", "BASE_TYPE_MAX_LENGTH", "Must be " + MAX_CHOICES + " or fewer in length.");
            }
            if (option.path("autocomplete").asBoolean(false)) {
                errors.add(at + ".autocomplete", "APPLICATION_COMMAND_AUTOCOMPLETE_CHOICES",
                        "Autocomplete cannot be set with choices");
            }
            for (int c = 0; c < choices.size(); c++) {
                JsonNode choice = choices.get(c);
                checkLength(at + ".choices." + c + ".name", choice.path("name").asString(""), 1, 100, errors);
                JsonNode value = choice.path("value");
                boolean fits = switch (type) {
                    case STRING -> value.isString() && value.asString().length() <= 100;
                    case INTEGER -> value.isIntegralNumber() && Math.abs(value.asLong()) <= MAX_SAFE_INTEGER;
                    case NUMBER -> value.isNumber();
                    default -> true;
                };
                if (!fits) {
                    errors.add(at + ".choices." + c + ".value", "BASE_TYPE_BAD_TYPE",
                            "The value does not fit the option's type");
                }
            }
        }
        if ((option.has("min_value") || option.has("max_value")) && type != INTEGER && type != NUMBER) {
            errors.add(at + ".min_value", "APPLICATION_COMMAND_OPTION_INVALID",
                    "Only integer and number options have min_value and max_value");
        }
        if (option.has("min_length") || option.has("max_length")) {
            if (type != STRING) {
                errors.add(at + ".min_length", "APPLICATION_COMMAND_OPTION_INVALID",
                        "Only string options have min_length and max_length");
            }
            int min = option.path("min_length").asInt(0);
            int max = option.path("max_length").asInt(6000);
            if (min < 0 || min > 6000 || max < 1 || max > 6000) {
                errors.add(at + ".max_length", "NUMBER_TYPE_MAX", "Lengths are between 0 and 6000");
            }
        }
        if (option.has("channel_types") && type != CHANNEL) {
            errors.add(at + ".channel_types", "APPLICATION_COMMAND_OPTION_INVALID",
                    "Only channel options have channel_types");
        }
    }

    /** "combined name, description, and value properties for each command, its options ... and choices" */
    private static int size(JsonNode node) {
        int total = 0;
        for (String field : new String[] {"name", "description"}) {
            total += node.path(field).asString("").length();
        }
        if (node.path("value").isString()) {
            total += node.path("value").asString().length();
        }
        for (JsonNode option : node.path("options")) {
            total += size(option);
        }
        for (JsonNode choice : node.path("choices")) {
            total += size(choice);
        }
        return total;
    }
}
