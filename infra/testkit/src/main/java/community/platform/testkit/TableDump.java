package community.platform.testkit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** A service's state as text, for comparing two databases (a run and its replay) row for row. */
public final class TableDump {

    private TableDump() {
    }

    /** Each query's rows under {@code # name}, columns joined by {@code " | "}, in the order the queries give. */
    public static String of(Connection c, Map<String, String> queries) throws SQLException {
        StringBuilder out = new StringBuilder();
        for (var q : queries.entrySet()) {
            out.append("# ").append(q.getKey()).append('\n');
            try (ResultSet rs = c.createStatement().executeQuery(q.getValue())) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        out.append(rs.getString(i)).append(i == columns ? "\n" : " | ");
                    }
                }
            }
        }
        return out.toString();
    }

    /** The first column of the first row of a query (a count). */
    public static long single(Connection c, String sql) {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
