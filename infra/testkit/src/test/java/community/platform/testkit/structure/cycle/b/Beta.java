package community.platform.testkit.structure.cycle.b;

import community.platform.testkit.structure.cycle.a.Alpha;

public class Beta {
    public Alpha alpha() {
        return new Alpha();
    }
}
