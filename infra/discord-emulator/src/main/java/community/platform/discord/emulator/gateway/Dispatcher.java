package community.platform.discord.emulator.gateway;

import tools.jackson.databind.node.ObjectNode;

/** Sends a gateway event (op 0) to every connected bot session. */
@FunctionalInterface
public interface Dispatcher {
    void dispatch(String event, ObjectNode data);
}
