package community.platform.runtime.backup;

import java.time.Instant;
import java.util.List;

/**
 * What a snapshot holds, written last as {@code manifest.json}: a folder without it is not a snapshot.
 *
 * @param flywayVersion the schema version the rows belong to; a restore into an empty schema migrates to it first
 */
public record Manifest(String service, String schema, String id, Instant takenAt, String flywayVersion,
                       List<TableCopy> tables) {

    public static final String FILE = "manifest.json";

    /** One table: its columns in the order of the CSV file and the rows copied. */
    public record TableCopy(String name, List<String> columns, long rows) {

        public String file() {
            return name + ".csv";
        }
    }
}
