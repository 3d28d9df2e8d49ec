package community.platform.testkit.structure.io.rules;

import java.sql.Connection;
import java.sql.SQLException;

/** A policy that reads a database: what the structure rules refuse. */
public final class ReadingPolicy {
    public static boolean allowed(Connection c) throws SQLException {
        return c.isValid(1);
    }
}
