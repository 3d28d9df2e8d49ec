package community.platform.gateway;

import community.platform.testkit.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("gateway");
    }
}
