package community.platform.economy.summon;

import community.platform.economy.game.GameRules;
import community.platform.economy.game.GameRules.Banner;
import community.platform.economy.game.GameRules.Rarity;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The draw of a summon, pure: the rates a pull uses (base rates, soft pity, the guarantee, the ten-pull floor), and
 * the pull itself from two recorded rolls. The rolls come from the command's id and the pull's number, so a replayed
 * command draws the same esprits and any recorded draw can be checked by drawing it again.
 */
public final class DrawPolicy {

    private static final double TWO_TO_53 = 0x1p53;

    private DrawPolicy() {
    }

    /** Two uniform numbers in [0, 1) for a pull: SHA-256 of {@code commandId|pull}. */
    public record Rolls(double rarity, double esprit) {
        public static Rolls of(String commandId, int pull) {
            try {
                byte[] h = MessageDigest.getInstance("SHA-256")
                        .digest((commandId + '|' + pull).getBytes(StandardCharsets.UTF_8));
                ByteBuffer b = ByteBuffer.wrap(h);
                return new Rolls((b.getLong() >>> 11) / TWO_TO_53, (b.getLong() >>> 11) / TWO_TO_53);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** One pull's result; {@code pityBefore}/{@code pityAfter} are the banner's pity counter around it. */
    public record Pull(int number, Rolls rolls, int pityBefore, int pityAfter, String rarity, String esprit,
                       boolean guaranteed, boolean floored) {
    }

    /** The rarity rates of one pull, lowest rarity first. */
    public static Map<String, Double> rates(GameRules rules, Banner banner, int pity, boolean floor) {
        Map<String, Double> rates = new LinkedHashMap<>();
        String pityRarity = banner.pity().rarity();
        if (pity + banner.pity().increment() >= banner.pity().guaranteedAt()) {
            rules.rarities().forEach(r -> rates.put(r.key(), r.key().equals(pityRarity) ? 1.0 : 0.0));
            return rates;
        }
        double base = banner.rates().get(pityRarity);
        double boosted = base;
        if (pity >= banner.pity().softFrom()) {
            int steps = (pity - banner.pity().softFrom()) / banner.pity().increment() + 1;
            boosted = Math.min(1.0, base + banner.pity().softStep() * steps);
        }
        double scaleOthers = base >= 1.0 ? 0.0 : (1.0 - boosted) / (1.0 - base);
        for (Rarity r : rules.rarities()) {
            double rate = banner.rates().get(r.key());
            rates.put(r.key(), r.key().equals(pityRarity) ? boosted : rate * scaleOthers);
        }
        if (floor && banner.tenFloor() != null) {
            int floorRank = rules.rarity(banner.tenFloor()).rank();
            double kept = 0;
            for (Rarity r : rules.rarities()) {
                if (r.rank() < floorRank) {
                    rates.put(r.key(), 0.0);
                } else {
                    kept += rates.get(r.key());
                }
            }
            for (Rarity r : rules.rarities()) {
                if (r.rank() >= floorRank) {
                    rates.put(r.key(), kept > 0 ? rates.get(r.key()) / kept : (r.rank() == floorRank ? 1.0 : 0.0));
                }
            }
        }
        return rates;
    }

    /** One pull from its rolls. */
    public static Pull pull(GameRules rules, Banner banner, int number, int pity, boolean floor, Rolls rolls) {
        boolean guaranteed = pity + banner.pity().increment() >= banner.pity().guaranteedAt();
        Map<String, Double> rates = rates(rules, banner, pity, floor);
        String rarity = null;
        double cumulative = 0;
        for (var e : rates.entrySet()) {
            if (e.getValue() <= 0) {
                continue;
            }
            rarity = e.getKey();
            cumulative += e.getValue();
            if (rolls.rarity() < cumulative) {
                break;
            }
        }
        String chosen = rarity;
        List<String> candidates = banner.pool().stream()
                .filter(k -> chosen.equals(rules.esprits().get(k).rarity())).toList();
        String esprit = candidates.get(Math.min(candidates.size() - 1, (int) (rolls.esprit() * candidates.size())));
        int pityRank = rules.rarity(banner.pity().rarity()).rank();
        int after = rules.rarity(rarity).rank() >= pityRank ? 0 : pity + banner.pity().increment();
        return new Pull(number, rolls, pity, after, rarity, esprit, guaranteed, floor && banner.tenFloor() != null);
    }

    /**
     * The pulls of one summon, numbered from 1: each moves the pity counter, and the last of a ten-pull is held to
     * the banner's floor when none of the nine before reached it.
     */
    public static List<Pull> summon(GameRules rules, Banner banner, int pity, int pulls, String commandId) {
        List<Pull> out = new ArrayList<>(pulls);
        int counter = pity;
        boolean floorReached = false;
        int floorRank = banner.tenFloor() == null ? 0 : rules.rarity(banner.tenFloor()).rank();
        for (int n = 1; n <= pulls; n++) {
            boolean floor = pulls == 10 && n == 10 && !floorReached && banner.tenFloor() != null;
            Pull p = pull(rules, banner, n, counter, floor, Rolls.of(commandId, n));
            floorReached |= rules.rarity(p.rarity()).rank() >= floorRank;
            counter = p.pityAfter();
            out.add(p);
        }
        return out;
    }
}
