package community.platform.scheduler.job;

/** One job of one guild, named in db-scheduler as {@code <job>/<guildId>}. */
record JobRef(String job, String guildId) {

    static final String TASK = "job";

    String instanceId() {
        return job + '/' + guildId;
    }

    static JobRef parse(String instanceId) {
        int slash = instanceId.lastIndexOf('/');
        if (slash <= 0) {
            throw new IllegalArgumentException("not a job instance id: " + instanceId);
        }
        return new JobRef(instanceId.substring(0, slash), instanceId.substring(slash + 1));
    }
}
