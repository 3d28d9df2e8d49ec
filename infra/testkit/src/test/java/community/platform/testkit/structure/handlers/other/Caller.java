package community.platform.testkit.structure.handlers.other;

import community.platform.testkit.structure.handlers.use.CastHandler;

/** Calls another feature's handler: what the structure rules refuse. */
public class Caller {
    public void call() {
        new CastHandler().handle();
    }
}
