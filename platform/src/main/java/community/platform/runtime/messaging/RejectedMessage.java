package community.platform.runtime.messaging;

/** A well-formed message that can never be handled (for example, it refers to nothing). Goes to the dead letters. */
public class RejectedMessage extends RuntimeException {
    public RejectedMessage(String reason) {
        super(reason);
    }
}
