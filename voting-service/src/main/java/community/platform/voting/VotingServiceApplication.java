package community.platform.voting;

import community.platform.runtime.PlatformApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Voting service: governance proposals and ballots, multi-stage campaigns with token budgets, suggestions (wishes). */
@SpringBootApplication
public class VotingServiceApplication {

    public static void main(String[] args) {
        PlatformApplication.run(VotingServiceApplication.class, "voting", args);
    }
}
