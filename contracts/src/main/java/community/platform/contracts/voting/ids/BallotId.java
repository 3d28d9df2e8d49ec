package community.platform.contracts.voting.ids;

import community.platform.contracts.discord.CustomId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A component of a proposal's ballot: {@code voting:ballot:<proposalId>:<part>}, the part being {@code o<n>} (the
 * button of option n, from 0), {@code pick} (the select of one option), {@code approve} (the select of every option
 * approved), {@code rank<r>} (the select of preference r, from 0), {@code score<n>} (the select of option n's score),
 * {@code abstain}, {@code withdraw}, {@code vote} (the proposal's button that shows a member their ballot privately),
 * or {@code yes} / {@code no} (options 0 and 1 on messages of older versions).
 */
public record BallotId(String proposalId, Part part, int index) implements CustomId {

    public static final String PREFIX = "voting:ballot";

    /** What the component does; {@code index} is the option, preference or scored option where it needs one. */
    public enum Part {
        OPTION("o", true), PICK("pick", false), APPROVE("approve", false), RANK("rank", true),
        SCORE("score", true), ABSTAIN("abstain", false), WITHDRAW("withdraw", false), VOTE("vote", false),
        YES("yes", false),
        NO("no", false);

        private final String word;
        private final boolean indexed;

        Part(String word, boolean indexed) {
            this.word = word;
            this.indexed = indexed;
        }
    }

    private static final Pattern PART = Pattern.compile("([a-z]+?)([0-9]{1,2})?");

    public BallotId {
        if (!CustomId.snowflake(proposalId) || part == null || index < 0 || index > 24
                || !part.indexed && index != 0) {
            throw new IllegalArgumentException("a ballot component needs a proposal id and a part");
        }
    }

    public static BallotId of(String proposalId, Part part) {
        return new BallotId(proposalId, part, 0);
    }

    @Override
    public String format() {
        return CustomId.checked(PREFIX + ':' + proposalId + ':' + part.word + (part.indexed ? index : ""));
    }

    public static Optional<BallotId> parse(String id) {
        return CustomId.parts(id, PREFIX, 4).flatMap(p -> {
            Matcher m = PART.matcher(p.get(3));
            if (!CustomId.snowflake(p.get(2)) || !m.matches()) {
                return Optional.empty();
            }
            for (Part part : Part.values()) {
                if (part.word.equals(m.group(1)) && part.indexed == (m.group(2) != null)) {
                    int index = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                    return index <= 24 ? Optional.of(new BallotId(p.get(2), part, index)) : Optional.empty();
                }
            }
            return Optional.empty();
        });
    }
}
