package community.platform.scheduler;

import community.platform.testkit.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("scheduler");
    }
}
