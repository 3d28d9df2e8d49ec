package community.platform.testkit.structure.handlers.use;

public class CastHandler {
    public void handle() {
    }
}
