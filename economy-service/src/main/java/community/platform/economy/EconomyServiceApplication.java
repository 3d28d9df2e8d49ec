package community.platform.economy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Economy service: currencies and ledger, daily claim, banners and summons with pity, collection, upgrade, dissolve, teams. */
@SpringBootApplication
public class EconomyServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(EconomyServiceApplication.class, args);
    }
}
