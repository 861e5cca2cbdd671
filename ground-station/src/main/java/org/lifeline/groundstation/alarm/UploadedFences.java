package org.lifeline.groundstation.alarm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.lifeline.groundstation.logs.archive.UploadedPlans;
import org.lifeline.plan.PlanFileException;
import org.lifeline.plan.PlanFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each drone's fence as last uploaded to it ({@code DATA/uploaded/<drone>.plan}, written by
 * {@code lifeline mission upload} and the sortie flight), read once and read again when the file
 * changes (its modified time, size or identity: an upload replaces it by an atomic move). A
 * {@code .waypoints} plan has no fence. A plan that cannot be read is {@link UploadedFence.Unreadable}
 * with the file and the reason, and is logged once per version of the file.
 */
final class UploadedFences implements Function<String, UploadedFence> {

    private static final Logger LOG = LoggerFactory.getLogger(UploadedFences.class);

    private record Version(Path file, FileTime modified, long size, Object key) {
    }

    private record Cached(Version version, UploadedFence fence) {
    }

    private final UploadedPlans plans;
    private final Map<String, Cached> cache = new HashMap<>();

    UploadedFences(Path dataDir) {
        this.plans = new UploadedPlans(dataDir);
    }

    @Override
    public synchronized UploadedFence apply(String droneId) {
        Optional<Path> file = plans.latest(droneId);
        if (file.isEmpty()) {
            cache.remove(droneId);
            return new UploadedFence.None();
        }
        Version version;
        try {
            BasicFileAttributes a = Files.readAttributes(file.get(), BasicFileAttributes.class);
            version = new Version(file.get(), a.lastModifiedTime(), a.size(), a.fileKey());
        } catch (IOException e) {
            return new UploadedFence.Unreadable(file.get() + ": " + e.getMessage());
        }
        Cached cached = cache.get(droneId);
        if (cached != null && cached.version().equals(version)) {
            return cached.fence();
        }
        UploadedFence fence = read(version.file());
        cache.put(droneId, new Cached(version, fence));
        if (fence instanceof UploadedFence.Unreadable u) {
            LOG.warn("{}: uploaded plan unreadable, fence not watched: {}", droneId, u.reason());
        }
        return fence;
    }

    private static UploadedFence read(Path file) {
        try {
            return UploadedFence.of(PlanFiles.read(file).fence());
        } catch (PlanFileException e) {
            return new UploadedFence.Unreadable(e.getMessage());
        } catch (IllegalArgumentException e) {
            return new UploadedFence.Unreadable(file + ": " + Objects.requireNonNullElse(e.getMessage(), e.toString()));
        }
    }
}
