package community.platform.raid;

import community.platform.testkit.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("raid");
    }
}
