package community.platform.economy.game;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import community.platform.economy.game.GameRules.Banner;
import community.platform.economy.game.GameRules.Currency;
import community.platform.economy.game.GameRules.Daily;
import community.platform.economy.game.GameRules.EspritKind;
import community.platform.economy.game.GameRules.Pity;
import community.platform.economy.game.GameRules.Rarity;
import community.platform.economy.game.GameRules.Upgrade;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads game data (JSON) into {@link GameRules}. Types and ranges are the JSON Schema's
 * ({@code economy/game-data.schema.json}); what refers to what (a banner's currency, an esprit's rarity, rates that
 * add up to 1, a pool that can draw every rarity) is checked here. Every problem of both is listed with where it is,
 * so an admin sees all of them at once.
 */
public final class GameRulesReader {

    static final double RATE_TOLERANCE = 1e-9;
    static final String SCHEMA = "economy/game-data.schema.json";
    private static final Schema GAME_DATA = schema();

    private final List<String> problems = new ArrayList<>();

    private GameRulesReader() {
    }

    private static Schema schema() {
        try (InputStream in = GameRulesReader.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SCHEMA);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(GameDataJson.parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws InvalidGameRules listing every problem, the schema's and the cross-references' */
    public static GameRules read(JsonNode data) {
        GameRulesReader r = new GameRulesReader();
        if (data == null || !data.isObject()) {
            throw new InvalidGameRules(List.of("the game data must be a JSON object"));
        }
        GAME_DATA.validate(data).forEach(e -> r.problems.add(describe(e)));
        GameRules rules = r.rules(data);
        if (!r.problems.isEmpty()) {
            throw new InvalidGameRules(r.problems);
        }
        return rules;
    }

    /** {@code banners.premium.cost: must have a minimum value of 1}: the JSON pointer as the dotted path admins type. */
    private static String describe(Error e) {
        String at = e.getInstanceLocation().toString().replaceFirst("^/", "").replace('/', '.')
                .replace("~1", "/").replace("~0", "~");
        return at.isEmpty() ? e.getMessage() : at + ": " + e.getMessage();
    }

    // The schema has already reported every wrong type and range; what follows reads what is readable (a wrong
    // value reads as empty) and reports only what refers to something that is not there.

    private GameRules rules(JsonNode data) {
        Map<String, Currency> currencies = new LinkedHashMap<>();
        objects(data.get("currencies"), (key, n) -> currencies.put(key, new Currency(key, text(n, "name"),
                text(n, "emoji"))));
        List<Rarity> rarities = new ArrayList<>();
        objects(data.get("rarities"), (key, n) -> rarities.add(new Rarity(key, text(n, "name"), rarities.size(),
                number(n, "statMultiplier"), amounts(n.get("dissolve"), "rarities." + key + ".dissolve", currencies))));
        List<String> rarityKeys = rarities.stream().map(Rarity::key).toList();
        List<String> elements = new ArrayList<>();
        JsonNode elementList = data.get("elements");
        if (elementList != null && elementList.isArray()) {
            elementList.forEach(el -> elements.add(el.asString()));
        }
        Map<String, EspritKind> esprits = new LinkedHashMap<>();
        objects(data.get("esprits"), (key, n) -> {
            String at = "esprits." + key;
            String rarity = refersTo(text(n, "rarity"), rarityKeys, at + ".rarity", "rarities");
            String element = refersTo(text(n, "element"), elements, at + ".element", "elements");
            esprits.put(key, new EspritKind(key, text(n, "name"), rarity, element, (int) whole(n, "attack"),
                    (int) whole(n, "defense"), (int) whole(n, "health")));
        });
        JsonNode dailyNode = object(data, "daily");
        Daily daily = new Daily(amounts(dailyNode.get("rewards"), "daily.rewards", currencies),
                Duration.ofMinutes(Math.max(1, whole(dailyNode, "cooldownMinutes"))));
        Map<String, Banner> banners = new LinkedHashMap<>();
        objects(data.get("banners"), (key, n) -> banners.put(key, banner(key, n, currencies, rarityKeys, esprits)));
        JsonNode up = object(data, "upgrade");
        Upgrade upgrade = new Upgrade(refersTo(text(up, "currency"), currencies.keySet(), "upgrade.currency",
                "currencies"), whole(up, "baseCost"), number(up, "costGrowth"), (int) whole(up, "maxLevel"),
                number(up, "statGrowth"));
        int slots = (int) whole(object(data, "team"), "slots");
        return new GameRules(currencies, daily, rarities, elements, banners, upgrade, slots, esprits);
    }

    private Banner banner(String key, JsonNode n, Map<String, Currency> currencies, List<String> rarityKeys,
                          Map<String, EspritKind> esprits) {
        String at = "banners." + key;
        Map<String, Double> rates = new LinkedHashMap<>();
        JsonNode rateNode = n.get("rates");
        if (rateNode != null && rateNode.isObject()) {
            for (String rarity : rarityKeys) {
                JsonNode rate = rateNode.get(rarity);
                if (rate == null) {
                    problem(at + ".rates." + rarity, "a rate between 0 and 1 is needed");
                } else if (rate.isNumber()) {
                    rates.put(rarity, rate.asDouble());
                }
            }
            for (var e : rateNode.properties()) {
                refersTo(e.getKey(), rarityKeys, at + ".rates." + e.getKey(), "rarities");
            }
            double sum = rates.values().stream().mapToDouble(Double::doubleValue).sum();
            if (rates.size() == rarityKeys.size() && Math.abs(sum - 1) > RATE_TOLERANCE) {
                problem(at + ".rates", "the rates add up to " + sum + "; they must add up to 1");
            }
        }
        List<String> pool = new ArrayList<>();
        JsonNode poolNode = n.get("pool");
        if (poolNode == null) {
            pool.addAll(esprits.keySet());
        } else if (poolNode.isArray()) {
            poolNode.forEach(p -> {
                if (!esprits.containsKey(p.asString())) {
                    problem(at + ".pool", "'" + p.asString() + "' is not in the esprit catalogue");
                } else {
                    pool.add(p.asString());
                }
            });
        }
        for (String rarity : rarityKeys) {
            if (rates.getOrDefault(rarity, 0.0) > 0
                    && pool.stream().noneMatch(k -> rarity.equals(esprits.get(k).rarity()))) {
                problem(at + ".pool", "no esprit of rarity '" + rarity + "' can be drawn, but its rate is above 0");
            }
        }
        JsonNode pityNode = object(n, "pity");
        Pity pity = new Pity(refersTo(text(pityNode, "rarity"), rarityKeys, at + ".pity.rarity", "rarities"),
                (int) Math.max(1, whole(pityNode, "increment")), (int) whole(pityNode, "softFrom"),
                number(pityNode, "softStep"), (int) whole(pityNode, "guaranteedAt"));
        if (pity.softFrom() > pity.guaranteedAt()) {
            problem(at + ".pity.softFrom", "soft pity must start at or before guaranteedAt (" + pity.guaranteedAt() + ")");
        }
        String floor = refersTo(text(n, "tenPullFloor"), rarityKeys, at + ".tenPullFloor", "rarities");
        Duration free = n.hasNonNull("freeEveryMinutes")
                ? Duration.ofMinutes(Math.max(1, whole(n, "freeEveryMinutes"))) : null;
        return new Banner(key, text(n, "name"), refersTo(text(n, "currency"), currencies.keySet(), at + ".currency",
                "currencies"), whole(n, "cost"), whole(n, "tenPullCost"), rates, pity, floor, free, pool);
    }

    /** The key, when it is one of {@code keys}; else a problem at {@code at} naming them. */
    private String refersTo(String key, Collection<String> keys, String at, String what) {
        if (key != null && !keys.contains(key)) {
            problem(at, "'" + key + "' is not one of the " + what + " " + keys);
        }
        return key;
    }

    private Map<String, Long> amounts(JsonNode n, String at, Map<String, Currency> currencies) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (n != null && n.isObject()) {
            for (var e : n.properties()) {
                refersTo(e.getKey(), currencies.keySet(), at + "." + e.getKey(), "currencies");
                if (currencies.containsKey(e.getKey()) && e.getValue().isIntegralNumber()) {
                    out.put(e.getKey(), e.getValue().asLong());
                }
            }
        }
        return out;
    }

    private static void objects(JsonNode n, BiConsumer<String, JsonNode> each) {
        if (n != null && n.isObject()) {
            for (var e : n.properties()) {
                if (e.getValue().isObject()) {
                    each.accept(e.getKey(), e.getValue());
                }
            }
        }
    }

    private static JsonNode object(JsonNode data, String field) {
        JsonNode n = data.get(field);
        return n != null && n.isObject() ? n : JsonNodeFactory.instance.objectNode();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isString() ? v.asString() : null;
    }

    private static long whole(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isIntegralNumber() ? v.asLong() : 0;
    }

    private static double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isNumber() ? v.asDouble() : 0;
    }

    private void problem(String at, String what) {
        problems.add(at + ": " + what);
    }
}
