package community.platform.contracts.raid.ids;

import community.platform.contracts.discord.CustomId;
import java.util.Optional;

/**
 * The form {@code /template_config name} opens: {@code raid:template:<name>} (a name of lower-case letters, digits
 * and dashes, at most 40); its fields are those of the raid form ({@link RaidFormId}) but the note.
 */
public record TemplateFormId(String name) implements CustomId {

    public static final String PREFIX = "raid:template";
    public static final String NAME = "[a-z0-9][a-z0-9-]{0,39}";

    @Override
    public String format() {
        return PREFIX + ":" + name;
    }

    public static Optional<TemplateFormId> parse(String id) {
        if (id == null || !id.startsWith(PREFIX + ":")) {
            return Optional.empty();
        }
        String name = id.substring(PREFIX.length() + 1);
        return name.matches(NAME) ? Optional.of(new TemplateFormId(name)) : Optional.empty();
    }
}
