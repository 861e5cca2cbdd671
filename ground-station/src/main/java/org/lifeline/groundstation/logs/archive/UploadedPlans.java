package org.lifeline.groundstation.logs.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * The last plan uploaded to each vehicle, kept in the data folder ({@code uploaded/<vehicle>.plan}
 * or {@code .waypoints}) by {@code lifeline mission upload}, so that a sortie flown later is filed
 * with the plan it flew.
 */
public final class UploadedPlans {

    public static final String FOLDER = "uploaded";

    private final Path folder;

    public UploadedPlans(Path dataDir) {
        this.folder = dataDir.resolve(FOLDER);
    }

    /** Records {@code plan} as the one now on {@code vehicle} (replacing the previous one atomically). */
    public Path record(String vehicle, Path plan) throws IOException {
        String ext = plan.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".waypoints") ? ".waypoints" : ".plan";
        Files.createDirectories(folder);
        Path target = folder.resolve(safe(vehicle) + ext);
        Path tmp = Files.createTempFile(folder, ".upload", ".tmp");
        Files.copy(plan, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(folder.resolve(safe(vehicle) + (ext.equals(".plan") ? ".waypoints" : ".plan")));
        return target;
    }

    /** The plan last uploaded to {@code vehicle}, if one was recorded. */
    public Optional<Path> latest(String vehicle) {
        for (String ext : new String[] {".plan", ".waypoints"}) {
            Path p = folder.resolve(safe(vehicle) + ext);
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static String safe(String vehicle) {
        return vehicle.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
