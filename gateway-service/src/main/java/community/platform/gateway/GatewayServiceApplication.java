package community.platform.gateway;

import community.platform.runtime.PlatformApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Gateway service: the only part that talks to Discord (JDA): turns interactions into commands and performs Discord actions. */
@SpringBootApplication
public class GatewayServiceApplication {

    public static void main(String[] args) {
        PlatformApplication.run(GatewayServiceApplication.class, "gateway", args);
    }
}
