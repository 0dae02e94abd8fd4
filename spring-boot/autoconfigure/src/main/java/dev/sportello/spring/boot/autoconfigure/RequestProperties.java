package dev.sportello.spring.boot.autoconfigure;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.util.unit.DataSize;

/**
 * {@code sportello.requests.*}: attachments and pilot offices. Defaults as {@code RequestSettings.defaults()}.
 *
 * <p>Not thread-safe: Spring binds it once at start-up.
 */
public class RequestProperties {
    /** The most files per submission (0 to 10). */
    private int maxFiles = 3;
    /** The largest file (1 byte to 100 MB). */
    private DataSize maxFileSize = DataSize.ofMegabytes(10);
    /** The most bytes per submission (at least the largest file, at most 200 MB). */
    private DataSize maxTotalSize = DataSize.ofMegabytes(20);
    /** Office codes where requests are enabled; empty for every office. */
    private Set<String> pilotOffices = new LinkedHashSet<>();

    /** {@return the most files per submission} */
    public int getMaxFiles() {
        return maxFiles;
    }

    /** @param maxFiles the most files per submission */
    public void setMaxFiles(int maxFiles) {
        this.maxFiles = maxFiles;
    }

    /** {@return the largest file; null only if bound so} */
    public DataSize getMaxFileSize() {
        return maxFileSize;
    }

    /** @param maxFileSize the largest file; null to unset */
    public void setMaxFileSize(DataSize maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    /** {@return the most bytes per submission; null only if bound so} */
    public DataSize getMaxTotalSize() {
        return maxTotalSize;
    }

    /** @param maxTotalSize the most bytes per submission; null to unset */
    public void setMaxTotalSize(DataSize maxTotalSize) {
        this.maxTotalSize = maxTotalSize;
    }

    /** {@return office codes where requests are enabled; null only if bound so} */
    public Set<String> getPilotOffices() {
        return pilotOffices;
    }

    /** @param pilotOffices office codes where requests are enabled; null to unset */
    public void setPilotOffices(Set<String> pilotOffices) {
        this.pilotOffices = pilotOffices;
    }
}
