package community.platform.economy;

import community.platform.runtime.PlatformApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Economy service: currencies and ledger, daily claim, banners and summons with pity, collection, upgrade, dissolve, teams. */
@SpringBootApplication
public class EconomyServiceApplication {

    public static void main(String[] args) {
        PlatformApplication.run(EconomyServiceApplication.class, "economy", args);
    }
}
