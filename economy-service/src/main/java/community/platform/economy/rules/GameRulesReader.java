package community.platform.economy.rules;

import community.platform.economy.rules.GameRules.Banner;
import community.platform.economy.rules.GameRules.Currency;
import community.platform.economy.rules.GameRules.Daily;
import community.platform.economy.rules.GameRules.EspritKind;
import community.platform.economy.rules.GameRules.Pity;
import community.platform.economy.rules.GameRules.Rarity;
import community.platform.economy.rules.GameRules.Upgrade;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads game data (JSON) into {@link GameRules}, collecting every problem with where it is, so an admin sees all of
 * them at once; and applies a guild's overrides to the default data ({@code null} removes a key).
 */
public final class GameRulesReader {

    static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
    static final double RATE_TOLERANCE = 1e-9;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<String> problems = new ArrayList<>();

    private GameRulesReader() {
    }

    public static JsonNode parseJson(String json) {
        return JSON.readTree(json);
    }

    public static String toJson(JsonNode node) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    /** @throws InvalidGameRules listing every problem */
    public static GameRules read(JsonNode data) {
        GameRulesReader r = new GameRulesReader();
        GameRules rules = r.rules(data);
        if (!r.problems.isEmpty()) {
            throw new InvalidGameRules(r.problems);
        }
        return rules;
    }

    /** The defaults with the overrides laid over them, objects merged key by key, a null removing the key. */
    public static JsonNode merge(JsonNode defaults, JsonNode overrides) {
        if (overrides == null || !overrides.isObject() || !defaults.isObject()) {
            return overrides == null ? defaults : overrides;
        }
        ObjectNode out = (ObjectNode) defaults.deepCopy();
        for (Map.Entry<String, JsonNode> e : overrides.properties()) {
            if (e.getValue().isNull()) {
                out.remove(e.getKey());
            } else if (out.has(e.getKey())) {
                out.set(e.getKey(), merge(out.get(e.getKey()), e.getValue()));
            } else {
                out.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        return out;
    }

    /** Overrides with {@code value} at a dotted path ({@code banners.premium.cost}); the input is not changed. */
    public static ObjectNode set(JsonNode overrides, String path, JsonNode value) {
        ObjectNode out = overrides != null && overrides.isObject() ? (ObjectNode) overrides.deepCopy()
                : JsonNodeFactory.instance.objectNode();
        String[] keys = path.split("\\.");
        ObjectNode at = out;
        for (int i = 0; i < keys.length - 1; i++) {
            JsonNode next = at.get(keys[i]);
            if (next == null || !next.isObject()) {
                next = at.putObject(keys[i]);
            }
            at = (ObjectNode) next;
        }
        at.set(keys[keys.length - 1], value);
        return out;
    }

    /** A typed value as JSON ({@code 750}, {@code {"name": ...}}); anything else is a string. */
    public static JsonNode value(String text) {
        try {
            return JSON.readTree(text);
        } catch (RuntimeException e) {
            return JsonNodeFactory.instance.stringNode(text);
        }
    }

    private GameRules rules(JsonNode data) {
        if (data == null || !data.isObject()) {
            problem("", "the game data must be a JSON object");
            return null;
        }
        Map<String, Currency> currencies = new LinkedHashMap<>();
        for (var e : entries(data, "currencies")) {
            String at = "currencies." + e.getKey();
            currencies.put(e.getKey(), new Currency(e.getKey(), text(e.getValue(), at, "name"),
                    text(e.getValue(), at, "emoji")));
        }
        if (currencies.size() < 2) {
            problem("currencies", "at least two currencies are needed (a standard one and a premium one)");
        }
        List<Rarity> rarities = new ArrayList<>();
        for (var e : entries(data, "rarities")) {
            String at = "rarities." + e.getKey();
            rarities.add(new Rarity(e.getKey(), text(e.getValue(), at, "name"), rarities.size(),
                    positive(e.getValue(), at, "statMultiplier"), amounts(e.getValue().get("dissolve"),
                    at + ".dissolve", currencies)));
        }
        List<String> rarityKeys = rarities.stream().map(Rarity::key).toList();
        List<String> elements = new ArrayList<>();
        JsonNode elementList = data.get("elements");
        if (elementList == null || !elementList.isArray() || elementList.isEmpty()) {
            problem("elements", "a list of at least one element is needed");
        } else {
            elementList.forEach(el -> elements.add(el.asString()));
        }
        Map<String, EspritKind> esprits = new LinkedHashMap<>();
        for (var e : entries(data, "esprits")) {
            String at = "esprits." + e.getKey();
            JsonNode n = e.getValue();
            String rarity = text(n, at, "rarity");
            String element = text(n, at, "element");
            if (rarity != null && !rarityKeys.contains(rarity)) {
                problem(at + ".rarity", "'" + rarity + "' is not one of the rarities " + rarityKeys);
            }
            if (element != null && !elements.contains(element)) {
                problem(at + ".element", "'" + element + "' is not one of the elements " + elements);
            }
            esprits.put(e.getKey(), new EspritKind(e.getKey(), text(n, at, "name"), rarity, element,
                    (int) whole(n, at, "attack", 1, 100_000), (int) whole(n, at, "defense", 1, 100_000),
                    (int) whole(n, at, "health", 1, 1_000_000)));
        }
        JsonNode dailyNode = object(data, "daily");
        Daily daily = new Daily(amounts(dailyNode.get("rewards"), "daily.rewards", currencies),
                Duration.ofMinutes(whole(dailyNode, "daily", "cooldownMinutes", 1, 60L * 24 * 30)));
        Map<String, Banner> banners = new LinkedHashMap<>();
        for (var e : entries(data, "banners")) {
            banners.put(e.getKey(), banner(e.getKey(), e.getValue(), currencies, rarityKeys, esprits));
        }
        if (banners.isEmpty()) {
            problem("banners", "at least one banner is needed");
        }
        JsonNode up = object(data, "upgrade");
        Upgrade upgrade = new Upgrade(currency(up, "upgrade", currencies), whole(up, "upgrade", "baseCost", 1, 1_000_000_000),
                positive(up, "upgrade", "costGrowth"), (int) whole(up, "upgrade", "maxLevel", 1, 1000),
                positive(up, "upgrade", "statGrowth"));
        int slots = (int) whole(object(data, "team"), "team", "slots", 1, 25);
        return new GameRules(currencies, daily, rarities, elements, banners, upgrade, slots, esprits);
    }

    private Banner banner(String key, JsonNode n, Map<String, Currency> currencies, List<String> rarityKeys,
                          Map<String, EspritKind> esprits) {
        String at = "banners." + key;
        Map<String, Double> rates = new LinkedHashMap<>();
        JsonNode rateNode = n.get("rates");
        if (rateNode == null || !rateNode.isObject()) {
            problem(at + ".rates", "rates per rarity are needed");
        } else {
            for (String rarity : rarityKeys) {
                JsonNode rate = rateNode.get(rarity);
                if (rate == null || !rate.isNumber() || rate.asDouble() < 0 || rate.asDouble() > 1) {
                    problem(at + ".rates." + rarity, "a rate between 0 and 1 is needed");
                } else {
                    rates.put(rarity, rate.asDouble());
                }
            }
            for (var e : rateNode.properties()) {
                if (!rarityKeys.contains(e.getKey())) {
                    problem(at + ".rates." + e.getKey(), "'" + e.getKey() + "' is not one of the rarities " + rarityKeys);
                }
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
        } else if (!poolNode.isArray()) {
            problem(at + ".pool", "a list of esprit keys is needed");
        } else {
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
        JsonNode pityNode = object(n, at + ".pity", "pity");
        String pityRarity = text(pityNode, at + ".pity", "rarity");
        if (pityRarity != null && !rarityKeys.contains(pityRarity)) {
            problem(at + ".pity.rarity", "'" + pityRarity + "' is not one of the rarities " + rarityKeys);
        }
        Pity pity = new Pity(pityRarity, (int) whole(pityNode, at + ".pity", "increment", 1, 1000),
                (int) whole(pityNode, at + ".pity", "softFrom", 0, 1_000_000),
                number(pityNode, at + ".pity", "softStep", 0, 1),
                (int) whole(pityNode, at + ".pity", "guaranteedAt", 1, 1_000_000));
        if (pity.softFrom() > pity.guaranteedAt()) {
            problem(at + ".pity.softFrom", "soft pity must start at or before guaranteedAt (" + pity.guaranteedAt() + ")");
        }
        String floor = n.hasNonNull("tenPullFloor") ? n.get("tenPullFloor").asString() : null;
        if (floor != null && !rarityKeys.contains(floor)) {
            problem(at + ".tenPullFloor", "'" + floor + "' is not one of the rarities " + rarityKeys);
        }
        Duration free = n.hasNonNull("freeEveryMinutes")
                ? Duration.ofMinutes(whole(n, at, "freeEveryMinutes", 1, 60L * 24 * 30)) : null;
        return new Banner(key, text(n, at, "name"), currency(n, at, currencies), whole(n, at, "cost", 1, 1_000_000_000),
                whole(n, at, "tenPullCost", 1, 10_000_000_000L), rates, pity, floor, free, pool);
    }

    private Iterable<Map.Entry<String, JsonNode>> entries(JsonNode data, String field) {
        JsonNode n = data.get(field);
        if (n == null || !n.isObject() || n.isEmpty()) {
            problem(field, "an object of " + field + " by key is needed");
            return List.of();
        }
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        for (var e : n.properties()) {
            if (!KEY.matcher(e.getKey()).matches()) {
                problem(field + "." + e.getKey(), "keys are 1-32 lower-case letters, digits, '-' or '_'");
            } else if (!e.getValue().isObject()) {
                problem(field + "." + e.getKey(), "an object is needed");
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private JsonNode object(JsonNode data, String field) {
        return object(data, field, field);
    }

    private JsonNode object(JsonNode data, String at, String field) {
        JsonNode n = data.get(field);
        if (n == null || !n.isObject()) {
            problem(at, "an object is needed");
            return JsonNodeFactory.instance.objectNode();
        }
        return n;
    }

    private Map<String, Long> amounts(JsonNode n, String at, Map<String, Currency> currencies) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (n == null || !n.isObject()) {
            problem(at, "an object of amounts by currency is needed");
            return out;
        }
        for (var e : n.properties()) {
            if (!currencies.containsKey(e.getKey())) {
                problem(at + "." + e.getKey(), "'" + e.getKey() + "' is not one of the currencies " + currencies.keySet());
            } else if (!e.getValue().isIntegralNumber() || e.getValue().asLong() < 0) {
                problem(at + "." + e.getKey(), "a whole amount of at least 0 is needed");
            } else {
                out.put(e.getKey(), e.getValue().asLong());
            }
        }
        return out;
    }

    private String currency(JsonNode n, String at, Map<String, Currency> currencies) {
        String c = text(n, at, "currency");
        if (c != null && !currencies.containsKey(c)) {
            problem(at + ".currency", "'" + c + "' is not one of the currencies " + currencies.keySet());
        }
        return c;
    }

    private String text(JsonNode n, String at, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isString() || v.asString().isBlank() || v.asString().length() > 64) {
            problem(at + "." + field, "a text of 1 to 64 characters is needed");
            return null;
        }
        return v.asString();
    }

    private long whole(JsonNode n, String at, String field, long min, long max) {
        JsonNode v = n.get(field);
        if (v == null || !v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
            problem(at + "." + field, "a whole number from " + min + " to " + max + " is needed");
            return min;
        }
        return v.asLong();
    }

    private double positive(JsonNode n, String at, String field) {
        return number(n, at, field, Double.MIN_VALUE, 1000);
    }

    private double number(JsonNode n, String at, String field, double min, double max) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber() || v.asDouble() < min || v.asDouble() > max) {
            problem(at + "." + field, "a number from " + (min == Double.MIN_VALUE ? "above 0" : min) + " to " + max
                    + " is needed");
            return Math.max(min, 0);
        }
        return v.asDouble();
    }

    private void problem(String at, String what) {
        problems.add(at.isEmpty() ? what : at + ": " + what);
    }
}
