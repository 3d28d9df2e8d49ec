package community.platform.contracts;

/** A message that cannot be accepted: unknown type, not JSON, or not valid against its schema. Never retried. */
public class InvalidMessage extends RuntimeException {
    public InvalidMessage(String reason) {
        super(reason);
    }

    public InvalidMessage(String reason, Throwable cause) {
        super(reason, cause);
    }
}
