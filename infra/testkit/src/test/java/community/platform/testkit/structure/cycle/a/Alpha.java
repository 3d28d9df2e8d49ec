package community.platform.testkit.structure.cycle.a;

import community.platform.testkit.structure.cycle.b.Beta;

public class Alpha {
    public Beta beta() {
        return new Beta();
    }
}
