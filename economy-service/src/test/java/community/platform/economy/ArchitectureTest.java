package community.platform.economy;

import community.platform.testkit.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("economy");
    }
}
