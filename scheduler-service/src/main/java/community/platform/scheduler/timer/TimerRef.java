package community.platform.scheduler.timer;

/**
 * One arming of a timer, named in db-scheduler as {@code <owner>:<generation>:<timerId>} (owners have no colon, timer
 * ids may). Each arming has its own execution, so re-arming never races with an execution already picked.
 */
record TimerRef(String owner, String timerId, long generation) {

    static final String TASK = "timer";

    String instanceId() {
        return owner + ':' + generation + ':' + timerId;
    }

    static TimerRef parse(String instanceId) {
        String[] parts = instanceId.split(":", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a timer instance id: " + instanceId);
        }
        return new TimerRef(parts[0], parts[2], Long.parseLong(parts[1]));
    }
}
