package community.platform.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Command-line options of the devstack. */
record DevstackOptions(Path root, Path dataDir, String kafka, String dbUrl, String dbUser, int pgPort, int kafkaPort, int servicePortBase,
                       List<String> services, double timeScale, boolean exitAfterStart, boolean demo,
                       boolean help) {

    static final String USAGE = """
            usage: bin/devstack [options]
              --data-dir DIR        where PostgreSQL and Kafka keep data and logs (default: .devstack)
              --kafka HOST:PORT     use this Kafka instead of starting one
              --db-url JDBC_URL     use this PostgreSQL database instead of starting one
                                    (user: --db-user, password: env PLATFORM_DB_PASSWORD; needs wal_level=logical
                                    and a user allowed to create replication slots)
              --db-user USER        user for --db-url (default postgres)
              --pg-port PORT        port of the embedded PostgreSQL (default 55432)
              --kafka-port PORT     port of the embedded Kafka (default 9092; its controller uses PORT+1)
              --service-port N      first service port (default 8081: gateway 8081 ... scheduler 8086); the
                                    Discord emulator listens on N+9 (REST) and N+10 (gateway WebSocket), its
                                    browser view (watch the demo guild, act as any member) on N+11
              --services a,b        start only these services (default: all six)
              --time-scale X        platform time runs X times faster (demos of day-long timers)
              --demo                members of the emulator's demo guild open a proposal and vote on it, and
                                    claim a daily reward and summon; the devstack prints what the channels show
              --exit-after-start    start, print the table, the probes and the memory, then stop (measurements)

            Discord: without DISCORD_TOKEN in the environment the gateway talks to the Discord emulator (a demo
            guild with #proposals and members alice, bob, carol, dave); with DISCORD_TOKEN=<bot token> it connects
            to Discord itself.
              --help
            """;

    static DevstackOptions parse(String[] args) {
        Path root = Path.of(System.getProperty("devstack.root", ".")).toAbsolutePath().normalize();
        Path dataDir = root.resolve(".devstack");
        String kafka = null;
        String dbUrl = null;
        String dbUser = null;
        int pgPort = 55432;
        int kafkaPort = 9092;
        int servicePortBase = 8081;
        List<String> services = Devstack.SERVICES;
        double timeScale = 1.0;
        boolean exitAfterStart = false;
        boolean demo = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, a)).toAbsolutePath();
                case "--kafka" -> kafka = value(args, ++i, a);
                case "--db-url" -> dbUrl = value(args, ++i, a);
                case "--db-user" -> dbUser = value(args, ++i, a);
                case "--pg-port" -> pgPort = port(value(args, ++i, a), a);
                case "--kafka-port" -> kafkaPort = port(value(args, ++i, a), a);
                case "--service-port" -> servicePortBase = port(value(args, ++i, a), a);
                case "--services" -> services = services(value(args, ++i, a));
                case "--time-scale" -> timeScale = scale(value(args, ++i, a));
                case "--exit-after-start" -> exitAfterStart = true;
                case "--demo" -> demo = true;
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (dbUrl != null && !dbUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("--db-url must be a jdbc:postgresql:// URL, got " + dbUrl);
        }
        return new DevstackOptions(root, dataDir, kafka, dbUrl, dbUser, pgPort, kafkaPort, servicePortBase, services, timeScale,
                exitAfterStart, demo, help);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int port(String v, String option) {
        try {
            int p = Integer.parseInt(v);
            if (p < 1 || p > 65534) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a port number, got " + v);
        }
    }

    private static double scale(String v) {
        try {
            double s = Double.parseDouble(v);
            if (!(s > 0)) {
                throw new NumberFormatException();
            }
            return s;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--time-scale must be a number > 0, got " + v);
        }
    }

    private static List<String> services(String v) {
        List<String> chosen = new ArrayList<>();
        for (String s : v.split(",")) {
            String name = s.trim().replace("-service", "");
            if (!Devstack.SERVICES.contains(name)) {
                throw new IllegalArgumentException("unknown service " + s + "; known: " + Devstack.SERVICES);
            }
            chosen.add(name);
        }
        // keep the start order of the full list (scheduler first)
        return Devstack.SERVICES.stream().filter(chosen::contains).toList();
    }

    @Override
    public String toString() {
        return "DevstackOptions" + Arrays.asList(root, dataDir, kafka, dbUrl, services);
    }
}
