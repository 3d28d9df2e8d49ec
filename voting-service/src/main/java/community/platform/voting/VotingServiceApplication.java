package community.platform.voting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Voting service: governance proposals and ballots, multi-stage campaigns with token budgets, suggestions (wishes). */
@SpringBootApplication
public class VotingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(VotingServiceApplication.class, args);
    }
}
