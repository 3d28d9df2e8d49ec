package community.platform.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BackupLocationTest {

    @Test
    @DisplayName("without a location, snapshots go to the user's data folder, never under the working directory (a module's source tree)")
    void defaultIsOutsideTheWorkingDirectory() {
        // GIVEN no platform.backup.location WHEN the settings are bound
        PlatformProperties.Backup backup = new PlatformProperties.Backup(null, 7, true);
        // THEN the location is absolute and not inside the folder the service was started from
        assertThat(backup.location()).isAbsolute();
        assertThat(backup.location().startsWith(Path.of("").toAbsolutePath())).isFalse();
        assertThat(backup.location().endsWith(Path.of(".local", "share", "community-platform", "backups"))).isTrue();
    }

    @Test
    @DisplayName("a location that is set is kept as it is")
    void setLocationKept() {
        assertThat(new PlatformProperties.Backup(Path.of("/var/backups/platform"), 7, true).location())
                .isEqualTo(Path.of("/var/backups/platform"));
    }
}
