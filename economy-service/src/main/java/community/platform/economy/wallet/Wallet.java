package community.platform.economy.wallet;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Balances and their ledger. Every change is one conditional statement on the balance (a debit only where the amount
 * is there: the {@code amount >= 0} check would refuse it anyway) and one ledger row, in the caller's transaction.
 */
@Repository
public class Wallet {

    /** Why a balance changed, written on its ledger row. */
    public enum Reason { DAILY, SUMMON, UPGRADE, DISSOLVE, GRANT }

    private final JdbcTemplate jdbc;

    Wallet(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void credit(long guild, long member, String currency, long amount, Reason reason, String commandId,
                       Instant at) {
        if (amount == 0) {
            return;
        }
        Long after = jdbc.queryForObject("""
                insert into balance (guild_id, member_id, currency, amount) values (?, ?, ?, ?)
                on conflict (guild_id, member_id, currency) do update set amount = balance.amount + excluded.amount
                returning amount""", Long.class, guild, member, currency, amount);
        record(guild, member, currency, amount, after, reason, commandId, at);
    }

    /** @return false, changing nothing, when the member has less than {@code amount} */
    public boolean debit(long guild, long member, String currency, long amount, Reason reason, String commandId,
                         Instant at) {
        if (amount == 0) {
            return true;
        }
        var after = jdbc.queryForList("""
                update balance set amount = amount - ?
                 where guild_id = ? and member_id = ? and currency = ? and amount >= ?
                returning amount""", Long.class, amount, guild, member, currency, amount);
        if (after.isEmpty()) {
            return false;
        }
        record(guild, member, currency, -amount, after.get(0), reason, commandId, at);
        return true;
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

    private void record(long guild, long member, String currency, long delta, long after, Reason reason,
                        String commandId, Instant at) {
        jdbc.update("""
                insert into ledger (guild_id, member_id, currency, delta, balance_after, reason, command_id, at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", guild, member, currency, delta, after, reason.name(), commandId,
                Timestamp.from(at));
    }
}
