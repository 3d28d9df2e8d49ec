package community.platform.moderation;

import community.platform.testkit.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("moderation");
    }
}
