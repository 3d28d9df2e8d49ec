package community.platform.testkit;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * One container of a locally built image ({@code bin/images}; nothing can be pulled on these machines), run with host
 * networking so that it listens on 127.0.0.1 like the embedded servers (addresses of a bridge network are forbidden
 * here). Stopping and starting again keeps its file system, as a server restart keeps its disk; it is removed when the
 * test JVM exits, and containers left by a test JVM that was killed are removed by the next one.
 */
final class LocalContainer {

    private static final String OWNER = "community.platform.testkit.owner-pid";

    private final String what;
    private final GenericContainer<?> container;

    LocalContainer(String what, String image, Map<String, String> env, String readyLine, String... command) {
        this.what = what;
        this.container = new GenericContainer<>(DockerImageName.parse(image))
                .withNetworkMode("host")
                .withEnv(env)
                .withLabels(Map.of(OWNER, Long.toString(ProcessHandle.current().pid())))
                .withSharedMemorySize(256L * 1024 * 1024)
                .waitingFor(Wait.forLogMessage(".*" + readyLine + ".*", 1).withStartupTimeout(Duration.ofMinutes(2)));
        if (command.length > 0) {
            container.withCommand(command);
        }
    }

    /** Whether a Docker engine answers and has {@code images}. */
    static boolean available(List<String> images) {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            return false;
        }
        DockerClient docker = DockerClientFactory.instance().client();
        for (String image : images) {
            try {
                docker.inspectImageCmd(image).exec();
            } catch (NotFoundException e) {
                return false;
            }
        }
        return true;
    }

    /** Removes the containers of test JVMs that are gone (killed before their shutdown hook ran). */
    static void removeOrphans() {
        DockerClient docker = DockerClientFactory.instance().client();
        docker.listContainersCmd().withShowAll(true).withLabelFilter(List.of(OWNER)).exec().forEach(c -> {
            long owner = Long.parseLong(c.getLabels().get(OWNER));
            if (ProcessHandle.of(owner).filter(ProcessHandle::isAlive).isEmpty()) {
                docker.removeContainerCmd(c.getId()).withForce(true).withRemoveVolumes(true).exec();
            }
        });
    }

    /** Creates and starts the container (once), then waits for its ready line. */
    void create() {
        container.start();
    }

    /** Starts the stopped container again and waits until {@code ready} holds. */
    void start(BooleanSupplier ready) {
        if (!running()) {
            DockerClientFactory.instance().client().startContainerCmd(container.getContainerId()).exec();
        }
        Await.until(what + " ready again", Duration.ofMinutes(2), ready);
    }

    /** Stops the container as {@code docker stop} does (SIGTERM, a clean shutdown), keeping its file system. */
    void stop() {
        if (running()) {
            DockerClientFactory.instance().client().stopContainerCmd(container.getContainerId()).withTimeout(60).exec();
        }
    }

    private boolean running() {
        return Boolean.TRUE.equals(DockerClientFactory.instance().client().inspectContainerCmd(container.getContainerId())
                .exec().getState().getRunning());
    }

    /** Removes the container and what it wrote. */
    void remove() {
        container.stop();
    }
}
