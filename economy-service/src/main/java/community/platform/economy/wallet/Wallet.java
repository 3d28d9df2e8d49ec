package community.platform.economy.wallet;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Balances and their ledger. Every change is ONE statement, in the caller's transaction: the balance change (a debit
 * only where the amount is there; the {@code amount >= 0} check would refuse it anyway) and its ledger row, written
 * together by a data-modifying CTE, so a balance never changes without its ledger row.
 */
@Repository
public class Wallet {

    /** Why a balance changed, written on its ledger row. */
    public enum Reason { DAILY, SUMMON, UPGRADE, DISSOLVE, GRANT }

    private static final String CREDIT = """
            with r as (select * from unnest(?::text[], ?::bigint[]) as r(currency, delta) where delta <> 0),
                 b as (insert into balance (guild_id, member_id, currency, amount) select ?, ?, currency, delta from r
                       on conflict (guild_id, member_id, currency) do update set amount = balance.amount + excluded.amount
                       returning currency, amount)
            insert into ledger (guild_id, member_id, currency, delta, balance_after, reason, command_id, at)
            select ?, ?, b.currency, r.delta, b.amount, ?, ?, ? from b join r using (currency) order by b.currency
            returning currency, balance_after""";

    private static final String DEBIT = """
            with b as (update balance set amount = amount - ?
                        where guild_id = ? and member_id = ? and currency = ? and amount >= ?
                       returning currency, amount)
            insert into ledger (guild_id, member_id, currency, delta, balance_after, reason, command_id, at)
            select ?, ?, currency, ?, amount, ?, ?, ? from b
            returning balance_after""";

    private final JdbcTemplate jdbc;

    Wallet(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds every amount (by currency) in one statement. @return the balances after, of those currencies */
    public Map<String, Long> credit(long guild, long member, Map<String, Long> amounts, Reason reason,
                                    String commandId, Instant at) {
        Map<String, Long> after = new LinkedHashMap<>();
        if (amounts.values().stream().allMatch(a -> a == 0)) {
            return after;
        }
        List<String> currencies = List.copyOf(amounts.keySet());
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(CREDIT);
            Array cs = con.createArrayOf("text", currencies.toArray());
            Array ds = con.createArrayOf("bigint", currencies.stream().map(amounts::get).toArray());
            ps.setArray(1, cs);
            ps.setArray(2, ds);
            ps.setLong(3, guild);
            ps.setLong(4, member);
            ps.setLong(5, guild);
            ps.setLong(6, member);
            ps.setString(7, reason.name());
            ps.setString(8, commandId);
            ps.setTimestamp(9, Timestamp.from(at));
            return ps;
        }, rs -> {
            after.put(rs.getString(1), rs.getLong(2));
        });
        return after;
    }

    public long credit(long guild, long member, String currency, long amount, Reason reason, String commandId,
                       Instant at) {
        return credit(guild, member, Map.of(currency, amount), reason, commandId, at).getOrDefault(currency,
                balance(guild, member, currency));
    }

    /** @return the balance after, or empty, changing nothing, when the member has less than {@code amount} */
    public Optional<Long> debit(long guild, long member, String currency, long amount, Reason reason, String commandId,
                                Instant at) {
        if (amount == 0) {
            return Optional.of(balance(guild, member, currency));
        }
        return jdbc.queryForList(DEBIT, Long.class, amount, guild, member, currency, amount, guild, member, -amount,
                reason.name(), commandId, Timestamp.from(at)).stream().findFirst();
    }

    public long balance(long guild, long member, String currency) {
        return jdbc.queryForList("select amount from balance where guild_id = ? and member_id = ? and currency = ?",
                Long.class, guild, member, currency).stream().findFirst().orElse(0L);
    }

    public Map<String, Long> balances(long guild, long member) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.query("select currency, amount from balance where guild_id = ? and member_id = ? order by currency",
                rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                }, guild, member);
        return out;
    }
}
